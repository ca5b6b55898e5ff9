package org.tsunagu.consultation.internal.demo.city;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.tsunagu.consultation.bulk.ConsultationRows;
import org.tsunagu.consultation.bulk.ConsultationRows.Action;
import org.tsunagu.consultation.bulk.ConsultationRows.Goal;
import org.tsunagu.consultation.bulk.ConsultationRows.SupportCase;
import org.tsunagu.people.bulk.CityStaff;
import org.tsunagu.platform.demo.Dice;

/**
 * The support plan of one case of the city-scale set: one or two goals, one to three actions for
 * the lead organisation or a partner that took on a referral, and for longer cases some reviews.
 * Open cases keep open actions, some of them overdue; a case opened in the last week has no plan
 * yet.
 */
final class CityPlans {

  private final CityContext city;

  CityPlans(CityContext city) {
    this.city = city;
  }

  void forCase(
      SupportCase c,
      CityStaff.Member worker,
      int leadOrg,
      List<CityReferrals.Partner> partners,
      OffsetDateTime limit) {
    Dice dice = city.dice;
    if (Duration.between(c.openedAt, limit).toDays() < 7 && !c.closed()) {
      return;
    }
    List<Goal> goals = new ArrayList<>(2);
    List<String> texts = new ArrayList<>(ConsultationPhrases.GOALS);
    int goalCount = dice.chance(0.6) ? 1 : 2;
    for (int g = 0; g < goalCount; g++) {
      String text = texts.remove(dice.nextInt(texts.size()));
      Goal goal =
          new Goal(
              city.ids.goals.next(),
              c.id,
              text,
              goalStatus(c),
              dice.later(c.openedAt, limit, 14),
              worker.id());
      goals.add(goal);
      city.data.entries.add(
          ConsultationRows.Entry.system(
              c.id, "PLAN", "goal", text, goal.createdAt(), worker.id(), c.leadOrgId));
    }
    city.data.goals.addAll(goals);
    int actions = dice.between(1, 3);
    for (int a = 0; a < actions; a++) {
      Goal goal = dice.chance(0.8) ? dice.pick(goals) : null;
      OffsetDateTime created = dice.later(goal != null ? goal.createdAt() : c.openedAt, limit, 7);
      int responsible = leadOrg;
      Long user = dice.chance(0.6) ? worker.id() : null;
      if (!partners.isEmpty() && dice.chance(0.4)) {
        CityReferrals.Partner partner = dice.pick(partners);
        responsible = partner.org();
        user = dice.chance(0.5) ? partner.handlerId() : null;
      }
      LocalDate due =
          dice.workingDayOnOrBefore(created.toLocalDate().plusDays(dice.between(7, 90)));
      action(
          c.id,
          c.closed(),
          goal == null ? null : goal.id(),
          dice.pick(ConsultationPhrases.ACTIONS),
          responsible,
          user,
          due,
          null,
          created,
          worker.id(),
          c.leadOrgId,
          limit);
    }
    if (Duration.between(c.openedAt, limit).toDays() >= 45 && dice.chance(0.45)) {
      reviews(c, worker, limit);
    }
  }

  /**
   * Adds an action whose status fits the case (done or cancelled when closed, often open otherwise)
   * with its timeline entry.
   */
  Action action(
      long caseId,
      boolean caseClosed,
      Long goalId,
      String description,
      int responsibleOrg,
      Long responsibleUser,
      LocalDate due,
      Long conferenceId,
      OffsetDateTime created,
      long createdBy,
      long creatorOrg,
      OffsetDateTime limit) {
    Dice dice = city.dice;
    String status;
    if (caseClosed) {
      status = dice.chance(0.8) ? "DONE" : "CANCELLED";
    } else if (due.isBefore(city.today)) {
      status = dice.chance(0.45) ? "OPEN" : "DONE";
    } else {
      status = dice.chance(0.85) ? "OPEN" : "DONE";
    }
    Action action =
        new Action(
            city.ids.actions.next(),
            caseId,
            goalId,
            description,
            city.orgs.id(responsibleOrg),
            responsibleUser,
            due,
            status,
            status.equals("DONE") ? dice.later(created, limit, 90) : null,
            conferenceId,
            created,
            createdBy);
    city.data.actions.add(action);
    city.data.entries.add(
        ConsultationRows.Entry.system(
            caseId, "PLAN", "action", description, created, createdBy, creatorOrg));
    return action;
  }

  private String goalStatus(SupportCase c) {
    Dice dice = city.dice;
    if (c.closed()) {
      return dice.chance(c.closedReason.equals("RESOLVED") ? 0.8 : 0.4) ? "ACHIEVED" : "DROPPED";
    }
    return dice.chance(0.85) ? "OPEN" : "ACHIEVED";
  }

  private void reviews(SupportCase c, CityStaff.Member worker, OffsetDateTime limit) {
    Dice dice = city.dice;
    int count = dice.between(1, 2);
    OffsetDateTime from = c.openedAt.plusDays(30);
    for (int i = 0; i < count; i++) {
      LocalDate reviewed = dice.later(from, limit, 365).toLocalDate();
      boolean last = i == count - 1;
      LocalDate next =
          last && c.reviewOn != null && c.reviewOn.isAfter(reviewed)
              ? c.reviewOn
              : dice.workingDayOnOrBefore(reviewed.plusDays(dice.between(60, 90)));
      String note = dice.pick(ConsultationPhrases.REVIEWS);
      city.data.reviews.add(new ConsultationRows.Review(c.id, reviewed, note, next, worker.id()));
      OffsetDateTime at = dice.officeTime(reviewed);
      city.data.entries.add(
          ConsultationRows.Entry.system(
              c.id,
              "PLAN",
              "review",
              note,
              at.isAfter(limit) ? limit : at,
              worker.id(),
              c.leadOrgId));
      from = Dice.startOf(reviewed.plusDays(1));
      if (!from.isBefore(limit)) {
        break;
      }
    }
  }
}
