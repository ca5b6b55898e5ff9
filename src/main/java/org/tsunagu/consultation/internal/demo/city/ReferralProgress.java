package org.tsunagu.consultation.internal.demo.city;

import static org.tsunagu.consultation.ReferralStatus.COMPLETED;
import static org.tsunagu.consultation.ReferralStatus.DECLINED;
import static org.tsunagu.consultation.ReferralStatus.IN_PROGRESS;
import static org.tsunagu.consultation.ReferralStatus.PENDING;
import static org.tsunagu.consultation.ReferralStatus.WITHDRAWN;

import java.time.OffsetDateTime;
import java.util.List;
import org.tsunagu.consultation.ReferralStatus;
import org.tsunagu.consultation.bulk.ConsultationRows.Referral;
import org.tsunagu.consultation.bulk.ConsultationRows.SupportCase;
import org.tsunagu.people.AccessGround;
import org.tsunagu.people.bulk.CityStaff;
import org.tsunagu.people.bulk.PeopleRows;
import org.tsunagu.platform.demo.Dice;
import org.tsunagu.platform.demo.Weighted;

/**
 * Takes a referral of the city-scale set from sent to the status planned for it, as the receiver
 * opens, answers and works it: only through the transitions the application's state machine allows,
 * with the relationship taking it on grants, and with the declined and unsuccessful ones coming
 * back to the referrer.
 */
final class ReferralProgress {

  private static final Weighted<String> UNSUCCESSFUL_REASON =
      new Weighted<String>()
          .add("PERSON_REFUSED", 35)
          .add("COULD_NOT_REACH", 25)
          .add("NO_CAPACITY", 15)
          .add("NO_LONGER_NEEDED", 15)
          .add("OTHER", 10);

  private final CityContext city;

  ReferralProgress(CityContext city) {
    this.city = city;
  }

  /**
   * Takes the referral to {@code status}; returns the partner when the receiver took it on and
   * still works it. Taking it on makes the receiver serve the person only on the referral's ground
   * (null: none, or the receiver may not see the person), as the application records it.
   */
  CityReferrals.Partner advance(
      Referral r,
      ReferralStatus status,
      int to,
      SupportCase c,
      OffsetDateTime limit,
      AccessGround ground,
      List<Integer> seeing) {
    Dice dice = city.dice;
    CityStaff.Member answerer = city.staff.pick(to, dice);
    CityStaff.Member worker = dice.chance(0.7) ? answerer : city.staff.pick(to, dice);
    if (status == PENDING) {
      if (dice.chance(0.4)) {
        r.opened(dice.later(r.sentAt, limit, 2), answerer.id());
      }
      return null;
    }
    OffsetDateTime t = r.sentAt;
    boolean answered = status != WITHDRAWN || dice.chance(0.5);
    if (!answered) {
      if (dice.chance(0.5)) {
        t = dice.later(t, limit, 2);
        r.opened(t, answerer.id());
      }
      r.withdrawn(dice.later(t, limit, 10), dice.pick(ConsultationPhrases.WITHDRAW_REASONS));
      return null;
    }
    t = dice.later(t, limit, 2);
    r.opened(t, answerer.id());
    if (status == DECLINED) {
      t = dice.later(t, limit, 4);
      String reason = dice.pick(ConsultationPhrases.DECLINE_REASONS);
      r.declined(t, answerer.id(), reason, reason.equals("OTHER") ? "既に他の機関が支援しているため" : null);
      boolean recent = t.isAfter(city.now.minusDays(14));
      if (c.closed() || !recent || dice.chance(0.4)) {
        r.returnSeen(dice.later(t, limit, 3));
      }
      return null;
    }
    t = dice.later(t, limit, 3);
    r.accepted(t, answerer.id());
    OffsetDateTime acceptedAt = t;
    if (status == IN_PROGRESS || status == COMPLETED) {
      t = dice.later(t, limit, 5);
      r.started(t, worker.id());
    } else {
      worker = answerer;
    }
    if (status == COMPLETED) {
      t = dice.later(t, limit, 120);
      boolean success = dice.chance(0.85);
      r.completed(
          t,
          worker.id(),
          success ? "SUCCESSFUL" : "UNSUCCESSFUL",
          success ? null : UNSUCCESSFUL_REASON.draw(dice),
          success ? dice.pick(ConsultationPhrases.SUCCESS_NOTES) : null);
      // An unsuccessful one comes back to the referrer like a decline, and is dealt with alike.
      if (!success && (c.closed() || !t.isAfter(city.now.minusDays(14)) || dice.chance(0.4))) {
        r.returnSeen(dice.later(t, limit, 3));
      }
    }
    boolean withdrawn = status == WITHDRAWN;
    if (withdrawn) {
      r.withdrawn(dice.later(t, limit, 10), dice.pick(ConsultationPhrases.WITHDRAW_REASONS));
    }
    if (ground != null) {
      long relationship = city.ids.relationships.next();
      city.data.relationships.add(
          new PeopleRows.DatedRelationship(
              relationship,
              c.personId,
              r.toOrgId,
              "REFERRAL",
              "referral:" + r.id,
              ground,
              acceptedAt,
              withdrawn ? r.withdrawnAt : null,
              withdrawn ? "referral WITHDRAWN" : null));
      r.relationship(relationship);
      if (!withdrawn) {
        seeing.add(to);
      }
    }
    return withdrawn ? null : new CityReferrals.Partner(to, worker.id());
  }

  /** Sending again on a case marks the declined referrals the referrer had not seen as seen. */
  static void markReturnsSeenOnLaterSending(List<Referral> referrals) {
    for (Referral declined : referrals) {
      if (declined.status != DECLINED) {
        continue;
      }
      for (Referral later : referrals) {
        if (later.sentAt.isAfter(declined.answeredAt)
            && (declined.returnSeenAt == null || declined.returnSeenAt.isAfter(later.sentAt))) {
          declined.returnSeen(later.sentAt);
        }
      }
    }
  }
}
