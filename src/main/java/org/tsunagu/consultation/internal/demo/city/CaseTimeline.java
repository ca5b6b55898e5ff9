package org.tsunagu.consultation.internal.demo.city;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.tsunagu.consultation.bulk.ConsultationRows;
import org.tsunagu.consultation.bulk.ConsultationRows.SupportCase;
import org.tsunagu.people.bulk.CityStaff;
import org.tsunagu.platform.demo.Dice;
import org.tsunagu.platform.demo.Weighted;

/**
 * The timeline of a case of the city-scale set up to today or its closing: the first contact (a
 * case opened in the last days may have none yet), the status changes, a few entries written by
 * hand, and the closing or the next review.
 */
final class CaseTimeline {

  private static final Weighted<String> CLOSED_REASON =
      new Weighted<String>()
          .add("RESOLVED", 45)
          .add("TRANSFERRED", 12)
          .add("PERSON_DECLINED", 10)
          .add("MOVED_AWAY", 8)
          .add("DIED", 7)
          .add("NO_CONTACT", 8)
          .add("OTHER", 10);
  private static final Weighted<String> EXTRA_ENTRY =
      new Weighted<String>()
          .add("VISIT", 30)
          .add("CALL", 30)
          .add("OUTREACH", 10)
          .add("NOTE", 20)
          .add("DECISION", 10);

  private final CityContext city;

  CaseTimeline(CityContext city) {
    this.city = city;
  }

  /** Writes the case's timeline until {@code limit}, its closing or now. */
  void write(CaseDrafts.Draft d, SupportCase c, CityStaff.Member worker, OffsetDateTime limit) {
    Dice dice = city.dice;
    long id = c.id;
    boolean justOpened = Duration.between(d.openedAt(), limit).toDays() < 3;
    if (!(d.status().equals("OPEN") && justOpened && dice.chance(0.5))) {
      OffsetDateTime contact = dice.later(d.openedAt(), limit, 5);
      c.firstContact(contact);
      String kind = dice.chance(0.3) ? "CALL" : dice.chance(0.6) ? "CONTACT" : "VISIT";
      entry(c, kind, contact, worker);
      if (!d.status().equals("OPEN")) {
        OffsetDateTime supporting = dice.later(contact, limit, 7);
        status(c, "SUPPORTING", supporting, worker);
        if (d.status().equals("MONITORING")) {
          status(c, "MONITORING", dice.later(supporting, limit, 180), worker);
        }
      }
      int more = dice.between(1, 4);
      for (int e = 0; e < more; e++) {
        entry(c, EXTRA_ENTRY.draw(dice), dice.later(contact, limit, 120), worker);
      }
    }
    if (d.closedAt() != null) {
      String reason = CLOSED_REASON.draw(dice);
      c.close(
          d.closedAt(),
          reason,
          dice.chance(0.3) ? dice.pick(ConsultationPhrases.CLOSED_NOTES) : null);
      city.data.entries.add(
          ConsultationRows.Entry.system(
              id, "STATUS", "closed", reason, d.closedAt(), worker.id(), c.leadOrgId));
    } else {
      LocalDate review = dice.workingDayOnOrBefore(city.today.plusDays(dice.between(-20, 70)));
      LocalDate earliest = d.openedAt().toLocalDate().plusDays(7);
      c.reviewOn(review.isBefore(earliest) ? earliest : review);
    }
  }

  /** A status change, as the application writes it on the timeline. */
  private void status(SupportCase c, String status, OffsetDateTime at, CityStaff.Member worker) {
    city.data.entries.add(
        ConsultationRows.Entry.system(
            c.id, "STATUS", "status", status, at, worker.id(), c.leadOrgId));
  }

  private void entry(SupportCase c, String kind, OffsetDateTime at, CityStaff.Member author) {
    city.data.entries.add(
        ConsultationRows.Entry.manual(
            c.id,
            kind,
            at,
            city.dice.pick(ConsultationPhrases.WORK_ENTRIES.get(kind)),
            author.id(),
            c.leadOrgId));
  }
}
