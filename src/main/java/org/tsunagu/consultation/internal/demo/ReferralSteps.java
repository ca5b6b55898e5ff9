package org.tsunagu.consultation.internal.demo;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.tsunagu.consultation.DeclineReason;
import org.tsunagu.consultation.internal.casework.SupportCase;
import org.tsunagu.consultation.internal.demo.CaseSteps.DemoCase;
import org.tsunagu.consultation.internal.referral.Referral;
import org.tsunagu.consultation.internal.referral.ReferralSending;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.demo.DemoActor;

/**
 * The demo town's referrals, sent, answered and closed through {@link ReferralSending}, {@link
 * org.tsunagu.consultation.internal.referral.ReferralAnswers} and {@link
 * org.tsunagu.consultation.internal.referral.ReferrerFollowUp} by the logins of both organisations
 * at past moments: the state machine, the answer date and the sharing they get are the
 * application's own.
 */
final class ReferralSteps {

  private final CaseSteps cases;
  private final DemoActor actor;
  private final DemoServices services;

  ReferralSteps(CaseSteps cases, DemoActor actor, DemoServices services) {
    this.cases = cases;
    this.actor = actor;
    this.services = services;
  }

  /** Sent by the case's lead worker, on a basis of the case or none. */
  DemoReferral refer(DemoCase c, String to, Instant at, Long basis, SupportDomain... domains) {
    SupportCase sc = cases.read(c);
    String details = basis == null ? null : "共有の根拠をケースに記録しています。詳しい状況は面談記録をご覧ください。";
    ReferralSending.SendInput in =
        new ReferralSending.SendInput(
            List.of(cases.scene().org(to)),
            "「" + sc.title() + "」の件で支援をお願いします。",
            details,
            EnumSet.of(domains[0], domains),
            sc.urgency(),
            basis);
    long id =
        actor.at(at, c.lead(), user -> services.referralSending().send(user, c.id(), in).get(0));
    return new DemoReferral(id, c.lead());
  }

  /** A referral on its way; each step is taken by the organisation whose step it is. */
  final class DemoReferral {
    private final long id;
    private final String referrer;

    private DemoReferral(long id, String referrer) {
      this.id = id;
      this.referrer = referrer;
    }

    /** The receiver opened it (既読). */
    DemoReferral opened(Instant at, String login) {
      actor.act(at, login, user -> services.referralAnswers().markOpened(user, id));
      return this;
    }

    DemoReferral accepted(Instant at, String login) {
      actor.act(at, login, user -> services.referralAnswers().accept(user, id));
      return this;
    }

    DemoReferral started(Instant at, String login) {
      actor.act(at, login, user -> services.referralAnswers().start(user, id));
      return this;
    }

    DemoReferral completed(
        Instant at,
        String login,
        Referral.Outcome outcome,
        Referral.UnsuccessfulReason reason,
        String note) {
      actor.act(
          at, login, user -> services.referralAnswers().complete(user, id, outcome, reason, note));
      return this;
    }

    DemoReferral declined(Instant at, String login, DeclineReason reason, String note) {
      actor.act(at, login, user -> services.referralAnswers().decline(user, id, reason, note));
      return this;
    }

    DemoReferral withdrawn(Instant at, String reason) {
      actor.act(at, referrer, user -> services.referrerFollowUp().withdraw(user, id, reason));
      return this;
    }

    /** The referrer saw it come back and chose not to refer again. */
    DemoReferral returnSeen(Instant at) {
      actor.act(at, referrer, user -> services.referrerFollowUp().dismissReturn(user, id));
      return this;
    }
  }
}
