package org.tsunagu.consultation.bulk;

import java.sql.SQLException;
import java.util.List;
import org.tsunagu.people.bulk.PeopleBulkWriter;
import org.tsunagu.people.bulk.PeopleTable;
import org.tsunagu.platform.demo.IdBlock;

/** The id blocks of the consultation rows that others refer to, reserved for one generation. */
public final class ConsultationIds {

  public final IdBlock cases;
  public final IdBlock intakes;
  public final IdBlock goals;
  public final IdBlock actions;
  public final IdBlock bases;
  public final IdBlock referrals;
  public final IdBlock conferences;
  public final IdBlock consents;
  public final IdBlock relationships;
  public final IdBlock accessBases;

  /** Reserves enough ids for {@code cases} cases with {@code referrals} referrals in all. */
  public ConsultationIds(
      PeopleBulkWriter people,
      ConsultationBulkWriter consultation,
      int cases,
      int referrals,
      int otherIntakes,
      int conferences)
      throws SQLException {
    this.cases = consultation.idBlock(ConsultationTable.SUPPORT_CASE, cases);
    this.intakes = consultation.idBlock(ConsultationTable.INTAKE, cases + otherIntakes);
    this.goals = consultation.idBlock(ConsultationTable.PLAN_GOAL, 2 * cases);
    this.actions = consultation.idBlock(ConsultationTable.PLAN_ACTION, 3 * cases + 6 * conferences);
    this.bases =
        consultation.idBlock(ConsultationTable.CASE_BASIS, cases + referrals + 3 * conferences);
    this.referrals = consultation.idBlock(ConsultationTable.REFERRAL, referrals);
    this.conferences = consultation.idBlock(ConsultationTable.CASE_CONFERENCE, conferences);
    this.consents = people.idBlock(PeopleTable.CONSENT, cases + otherIntakes + referrals);
    this.relationships = people.idBlock(PeopleTable.RELATIONSHIP, cases + referrals);
    this.accessBases = people.idBlock(PeopleTable.ACCESS_BASIS, referrals + 21 * conferences);
  }

  /** Gives back the ids that were not used. */
  public void release() throws SQLException {
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
      block.release();
    }
  }
}
