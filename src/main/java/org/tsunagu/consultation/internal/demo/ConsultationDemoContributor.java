package org.tsunagu.consultation.internal.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.tsunagu.consultation.internal.casework.CaseBases;
import org.tsunagu.consultation.internal.casework.CaseClosing;
import org.tsunagu.consultation.internal.casework.CaseWork;
import org.tsunagu.consultation.internal.casework.Cases;
import org.tsunagu.consultation.internal.casework.PlanReviews;
import org.tsunagu.consultation.internal.casework.Plans;
import org.tsunagu.consultation.internal.conference.ConferenceConvening;
import org.tsunagu.consultation.internal.conference.ConferenceOutcomes;
import org.tsunagu.consultation.internal.conference.Conferences;
import org.tsunagu.consultation.internal.conference.ConfidentialityAcknowledgements;
import org.tsunagu.consultation.internal.intake.IntakeHandling;
import org.tsunagu.consultation.internal.intake.IntakeRecording;
import org.tsunagu.consultation.internal.referral.ReferralAnswers;
import org.tsunagu.consultation.internal.referral.ReferralSending;
import org.tsunagu.consultation.internal.referral.ReferrerFollowUp;
import org.tsunagu.consultation.internal.window.WindowOpening;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.demo.DemoActor;
import org.tsunagu.platform.demo.DemoDataContributor;
import org.tsunagu.platform.demo.DemoTownContext;
import org.tsunagu.platform.security.Users;
import org.tsunagu.platform.time.TokyoClock;

/**
 * The consultation module's part of the demo town: windows, intakes, cases, plans, referrals and a
 * 支援会議, written through the module's own services by the demo logins acting at past moments, so
 * that every rule a worker meets (the referral state machine, answer dates in working days, who may
 * see whom, what is audited) made them.
 */
@Component
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
public class ConsultationDemoContributor implements DemoDataContributor {

  /** After the registry's residents, which the consultations are about. */
  static final int ORDER = 300;

  private final DemoServices services;
  private final PeopleApi people;
  private final Users users;
  private final TokyoClock clock;

  public ConsultationDemoContributor(
      WindowOpening windowOpening,
      IntakeRecording intakeRecording,
      IntakeHandling intakeHandling,
      CaseWork cases,
      CaseClosing caseClosing,
      Cases caseStore,
      CaseBases bases,
      Plans plans,
      PlanReviews planReviews,
      ReferralSending referralSending,
      ReferralAnswers referralAnswers,
      ReferrerFollowUp referrerFollowUp,
      Conferences conferences,
      ConferenceConvening convening,
      ConfidentialityAcknowledgements acknowledgements,
      ConferenceOutcomes outcomes,
      PeopleApi people,
      Users users,
      TokyoClock clock) {
    this.services =
        new DemoServices(
            windowOpening,
            intakeRecording,
            intakeHandling,
            cases,
            caseClosing,
            caseStore,
            bases,
            plans,
            planReviews,
            referralSending,
            referralAnswers,
            referrerFollowUp,
            conferences,
            convening,
            acknowledgements,
            outcomes);
    this.people = people;
    this.users = users;
    this.clock = clock;
  }

  @Override
  public int order() {
    return ORDER;
  }

  @Override
  public void writeDemoTown(DemoTownContext context) {
    DemoScene scene = new DemoScene(context, people);
    DemoActor actor = new DemoActor(users, clock);
    new DemoWindows(scene, actor, services.windowOpening()).open();
    CaseSteps cases = new CaseSteps(scene, actor, services);
    ReferralSteps referrals = new ReferralSteps(cases, actor, services);
    var firstCase = new ParentAndSonStory(cases, referrals).tell();
    new SupportMeeting(scene, actor, services).hold(firstCase);
    new HoardingAndDebtStories(cases, referrals).tell();
    new NorthCentreStories(cases, referrals).tell();
    new ShakyoStories(cases, referrals).tell();
    new NewWorkStories(cases, referrals).tell();
  }
}
