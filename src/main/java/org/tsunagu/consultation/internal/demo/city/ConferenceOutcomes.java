package org.tsunagu.consultation.internal.demo.city;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.tsunagu.consultation.bulk.ConsultationRows;
import org.tsunagu.people.bulk.CityStaff;
import org.tsunagu.people.bulk.PeopleRows;
import org.tsunagu.platform.demo.Dice;

/**
 * What a case conference of the city-scale set leaves on a case it discussed: decisions, some as
 * plan actions; for a held 支援会議 its lead convened, a basis of the case; and, for the members that
 * acknowledged their duty of confidentiality, a basis to see the person.
 */
final class ConferenceOutcomes {

  private final CityContext city;
  private final CityPlans plans;

  ConferenceOutcomes(CityContext city) {
    this.city = city;
    this.plans = new CityPlans(city);
  }

  void decisions(
      long conference,
      CaseFacts f,
      OffsetDateTime meetingAt,
      CityStaff.Member convenedBy,
      int convener,
      boolean supportMeeting) {
    Dice dice = city.dice;
    OffsetDateTime limit = f.open() ? city.now : f.closedAt();
    OffsetDateTime decidedAt = meetingAt.plusHours(1);
    long convenerOrg = city.orgs.id(convener);
    int count = dice.between(1, 2);
    for (int i = 0; i < count; i++) {
      Long actionId = null;
      String text = dice.pick(ConsultationPhrases.DECISIONS);
      if (i == 0 && dice.chance(0.5)) {
        List<Integer> responsible = new ArrayList<>(f.partners());
        responsible.add(f.leadOrg());
        int org = dice.pick(responsible);
        ConsultationRows.Action action =
            plans.action(
                f.id(),
                !f.open(),
                null,
                dice.pick(ConsultationPhrases.ACTIONS),
                org,
                city.staff.of(org).get(0).id(),
                meetingAt.toLocalDate().plusDays(dice.between(14, 60)),
                conference,
                decidedAt,
                convenedBy.id(),
                convenerOrg,
                limit);
        actionId = action.id();
      }
      city.data.decisions.add(
          new ConsultationRows.Decision(
              conference, f.id(), text, actionId, convenedBy.id(), decidedAt));
      city.data.entries.add(
          ConsultationRows.Entry.system(
              f.id(), "DECISION", "decision", text, decidedAt, convenedBy.id(), convenerOrg));
    }
    if (supportMeeting && convener == f.leadOrg()) {
      city.data.bases.add(
          new ConsultationRows.Basis(
              city.ids.bases.next(),
              f.id(),
              "SUPPORT_MEETING",
              null,
              conference,
              "conference:" + conference,
              convenedBy.id(),
              decidedAt,
              null,
              null));
      city.data.entries.add(
          ConsultationRows.Entry.system(
              f.id(),
              "DECISION",
              "basis",
              "SUPPORT_MEETING",
              decidedAt,
              convenedBy.id(),
              convenerOrg));
    }
  }

  /**
   * Members that acknowledged the duty of confidentiality and could not see the person may now, on
   * the meeting's legal basis.
   */
  void shareOnAcknowledgement(
      long conference,
      CaseFacts f,
      List<Integer> members,
      OffsetDateTime acknowledgedAt,
      CityStaff.Member convenedBy) {
    for (int org : members) {
      boolean sees =
          f.seeing().contains(org)
              || city.visibility.registrySees(f.person(), org)
              || (f.intakeConsent() && city.visibility.isHoukatsu(org));
      if (!sees) {
        city.data.accessBases.add(
            new PeopleRows.AccessBasis(
                city.ids.accessBases.next(),
                f.personId(),
                city.orgs.id(org),
                "SUPPORT_MEETING",
                "conference:" + conference,
                convenedBy.id(),
                acknowledgedAt,
                null,
                null));
      }
    }
  }
}
