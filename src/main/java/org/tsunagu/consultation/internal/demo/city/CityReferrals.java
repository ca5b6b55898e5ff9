package org.tsunagu.consultation.internal.demo.city;

import static org.tsunagu.consultation.ReferralStatus.ACCEPTED;
import static org.tsunagu.consultation.ReferralStatus.COMPLETED;
import static org.tsunagu.consultation.ReferralStatus.DECLINED;
import static org.tsunagu.consultation.ReferralStatus.IN_PROGRESS;
import static org.tsunagu.consultation.ReferralStatus.PENDING;
import static org.tsunagu.consultation.ReferralStatus.WITHDRAWN;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tsunagu.consultation.ReferralStatus;
import org.tsunagu.consultation.bulk.ConsultationRows;
import org.tsunagu.consultation.bulk.ConsultationRows.Referral;
import org.tsunagu.consultation.bulk.ConsultationRows.SupportCase;
import org.tsunagu.people.AccessGround;
import org.tsunagu.people.bulk.CityStaff;
import org.tsunagu.people.bulk.PeopleRows;
import org.tsunagu.platform.demo.Dice;
import org.tsunagu.platform.demo.Weighted;

/**
 * The referrals of one case of the city-scale set, from the lead organisation to partners chosen by
 * domain, each taken through the states the application takes it through, with the timeline entries
 * it writes. Closed cases have only finished referrals; open ones also pending (some past their
 * answer date), accepted and in-progress ones. About half carry the person's consent as their
 * basis: the consent given at intake when it covers the receiver (every 包括), otherwise one scoped
 * to the receiver. As ADR 0005 says, accepting one with a basis makes the receiver serve the person
 * (a REFERRAL relationship grounded on that consent); withdrawing ends that relationship.
 */
final class CityReferrals {

  /** An organisation (index in the plan) that took on a referral, and its worker. */
  record Partner(int org, long handlerId) {}

  /** What the case's referrals left: who works them, and who may now see the person. */
  record Outcome(List<Partner> partners, List<Integer> seeing) {}

  /** The case as its referrals need it. */
  record CaseContext(
      SupportCase c,
      int person,
      int leadOrg,
      CityStaff.Member worker,
      int ward,
      List<String> needs,
      int age,
      ConsultationRows.Basis intakeBasis) {}

  private record Plan(
      ReferralRouting.Target target, ReferralStatus status, OffsetDateTime sentAt) {}

  private static final Weighted<ReferralStatus> FOR_CLOSED_CASE =
      new Weighted<ReferralStatus>().add(COMPLETED, 72).add(DECLINED, 12).add(WITHDRAWN, 16);
  private static final Weighted<ReferralStatus> FOR_OPEN_CASE =
      new Weighted<ReferralStatus>()
          .add(PENDING, 15)
          .add(ACCEPTED, 20)
          .add(IN_PROGRESS, 35)
          .add(COMPLETED, 15)
          .add(DECLINED, 10)
          .add(WITHDRAWN, 5);
  private final CityContext city;
  private final ReferralRouting routing;
  private final ReferralProgress progress;

  CityReferrals(CityContext city) {
    this.city = city;
    this.routing = new ReferralRouting(city.orgs);
    this.progress = new ReferralProgress(city);
  }

  /** Generates {@code count} referrals of the case, in the order they were sent. */
  Outcome forCase(CaseContext k, int count) {
    List<Partner> partners = new ArrayList<>();
    List<Integer> seeing = new ArrayList<>(List.of(k.leadOrg()));
    if (count == 0) {
      return new Outcome(partners, seeing);
    }
    Dice dice = city.dice;
    SupportCase c = k.c();
    OffsetDateTime limit = c.closed() ? c.closedAt : city.now;
    List<Plan> plans = new ArrayList<>(count);
    for (ReferralRouting.Target target :
        routing.targets(
            k.needs(),
            count,
            k.leadOrg(),
            k.ward(),
            city.visibility.houkatsuOf(k.person()),
            dice)) {
      ReferralStatus status = (c.closed() ? FOR_CLOSED_CASE : FOR_OPEN_CASE).draw(dice);
      plans.add(new Plan(target, status, sentAt(c, status, limit)));
    }
    plans.sort(Comparator.comparing(Plan::sentAt));
    List<Referral> made = new ArrayList<>(count);
    for (Plan plan : plans) {
      made.add(refer(k, plan, limit, partners, seeing));
    }
    ReferralProgress.markReturnsSeenOnLaterSending(made);
    return new Outcome(partners, seeing);
  }

  private Referral refer(
      CaseContext k,
      Plan plan,
      OffsetDateTime limit,
      List<Partner> partners,
      List<Integer> seeing) {
    Dice dice = city.dice;
    SupportCase c = k.c();
    int to = plan.target().org();
    List<String> domains = new ArrayList<>(2);
    domains.add(plan.target().domain());
    String other = dice.pick(k.needs());
    if (!domains.contains(other) && dice.chance(0.3)) {
      domains.add(other);
    }
    OffsetDateTime sent = plan.sentAt();
    long toOrg = city.orgs.id(to);
    Referral r =
        new Referral(
            city.ids.referrals.next(),
            c.id,
            c.leadOrgId,
            k.worker().id(),
            toOrg,
            city.responseDays.get(toOrg),
            c.urgency,
            ConsultationPhrases.referralSummary(k.age(), c.title),
            sent,
            domains);
    boolean intakeConsentCovers = k.intakeBasis() != null && city.visibility.isHoukatsu(to);
    AccessGround ground = null;
    if (intakeConsentCovers && dice.chance(0.8)) {
      r.basis(k.intakeBasis().id()).details(ConsultationPhrases.SHARED_DETAILS);
      ground = AccessGround.consent(k.intakeBasis().consentId());
    } else if (dice.chance(0.5)) {
      ground = AccessGround.consent(withConsent(r, c, k.worker(), sent));
      seeing.add(to);
    }
    // A consent basis covers the receiver by construction, so it may see the person.
    Partner partner = progress.advance(r, plan.status(), to, c, limit, ground, seeing);
    if (partner != null) {
      partners.add(partner);
    }
    city.data.referrals.add(r);
    city.data.entries.addAll(r.timeline(city.orgs.name(to)));
    return r;
  }

  /** Pending ones were sent in the last eight days, accepted ones in the last forty. */
  private OffsetDateTime sentAt(SupportCase c, ReferralStatus status, OffsetDateTime limit) {
    Dice dice = city.dice;
    if (c.closed()) {
      long span = Duration.between(c.openedAt, limit).toMinutes();
      return dice.later(c.openedAt, c.openedAt.plusMinutes(span * 7 / 10), 3_650);
    }
    int recentDays =
        switch (status) {
          case PENDING -> 8;
          case ACCEPTED -> 40;
          default -> 3_650;
        };
    OffsetDateTime recent = city.now.minusDays(recentDays);
    OffsetDateTime from = c.openedAt.isAfter(recent) ? c.openedAt : recent;
    return dice.later(from, limit, recentDays);
  }

  /**
   * The person's written consent to share with the receiver, recorded as a basis of the case;
   * returns the consent's id.
   */
  private long withConsent(Referral r, SupportCase c, CityStaff.Member worker, OffsetDateTime at) {
    Dice dice = city.dice;
    long consent = city.ids.consents.next();
    city.data.consents.add(
        PeopleRows.SharingConsent.withOrganization(
            consent,
            c.personId,
            r.toOrgId,
            at.toLocalDate(),
            dice.chance(0.2) ? at.toLocalDate().plusYears(1) : null,
            worker.id(),
            c.leadOrgId,
            at.minusMinutes(10)));
    long basis = city.ids.bases.next();
    OffsetDateTime decided = at.minusMinutes(5);
    city.data.bases.add(
        new ConsultationRows.Basis(
            basis, c.id, "CONSENT", consent, null, "consent", worker.id(), decided, null, null));
    city.data.entries.add(
        ConsultationRows.Entry.system(
            c.id, "DECISION", "basis", "CONSENT", decided, worker.id(), c.leadOrgId));
    r.basis(basis).details(ConsultationPhrases.SHARED_DETAILS);
    return consent;
  }
}
