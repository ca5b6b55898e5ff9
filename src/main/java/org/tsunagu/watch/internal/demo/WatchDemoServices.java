package org.tsunagu.watch.internal.demo;

import org.tsunagu.watch.internal.agreement.Agreements;
import org.tsunagu.watch.internal.alert.AlertActions;
import org.tsunagu.watch.internal.alert.EscalationTicker;
import org.tsunagu.watch.internal.alert.MissedContacts;
import org.tsunagu.watch.internal.campaign.CampaignQueries;
import org.tsunagu.watch.internal.campaign.Campaigns;
import org.tsunagu.watch.internal.campaign.SafetyChecks;
import org.tsunagu.watch.internal.disaster.DisasterRegistry;
import org.tsunagu.watch.internal.report.CheckIns;
import org.tsunagu.watch.internal.report.Observations;
import org.tsunagu.watch.internal.target.TargetRegistration;

/** The module's services the demo town goes through, the same a user's request takes. */
record WatchDemoServices(
    Agreements agreements,
    TargetRegistration registration,
    CheckIns checkIns,
    Observations observations,
    MissedContacts missed,
    EscalationTicker escalation,
    AlertActions alerts,
    DisasterRegistry registry,
    Campaigns campaigns,
    CampaignQueries campaignQueries,
    SafetyChecks checks) {}
