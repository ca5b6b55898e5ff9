package org.tsunagu.consultation.internal.demo;

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

/** The consultation module's services the demo town is written through, as the screens use them. */
record DemoServices(
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
    ConferenceOutcomes outcomes) {}
