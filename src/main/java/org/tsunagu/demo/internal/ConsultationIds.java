package org.tsunagu.demo.internal;

import java.sql.SQLException;
import java.util.List;

/** The id blocks of the consultation rows that others refer to, reserved for one generation. */
final class ConsultationIds {

  final IdBlock cases;
  final IdBlock intakes;
  final IdBlock goals;
  final IdBlock actions;
  final IdBlock bases;
  final IdBlock referrals;
  final IdBlock conferences;
  final IdBlock consents;
  final IdBlock relationships;
  final IdBlock accessBases;

  /** Reserves enough ids for {@code cases} cases with {@code referrals} referrals in all. */
  ConsultationIds(
      RegistryWriter writer, int cases, int referrals, int otherIntakes, int conferences)
      throws SQLException {
    this.cases = IdBlock.reserve(writer, "consultation.support_case", cases);
    this.intakes = IdBlock.reserve(writer, "consultation.intake", cases + otherIntakes);
    this.goals = IdBlock.reserve(writer, "consultation.plan_goal", 2 * cases);
    this.actions = IdBlock.reserve(writer, "consultation.plan_action", 3 * cases + 6 * conferences);
    this.bases =
        IdBlock.reserve(writer, "consultation.case_basis", cases + referrals + 3 * conferences);
    this.referrals = IdBlock.reserve(writer, "consultation.referral", referrals);
    this.conferences = IdBlock.reserve(writer, "consultation.case_conference", conferences);
    this.consents = IdBlock.reserve(writer, "people.consent", cases + otherIntakes + referrals);
    this.relationships = IdBlock.reserve(writer, "people.relationship", cases + referrals);
    this.accessBases = IdBlock.reserve(writer, "people.access_basis", referrals + 21 * conferences);
  }

  /** Gives back the ids that were not used. */
  void release(RegistryWriter writer) throws SQLException {
    for (IdBlock block :
        List.of(
            cases,
            intakes,
            goals,
            actions,
            bases,
            referrals,
            conferences,
            consents,
            relationships)) {
      block.release(writer);
    }
  }
}
