package org.tsunagu.aid.internal.demo;

import org.tsunagu.aid.internal.matching.Assignments;
import org.tsunagu.aid.internal.matching.Matching;
import org.tsunagu.aid.internal.member.Members;
import org.tsunagu.aid.internal.member.Preferences;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.aid.internal.report.ActivityReports;
import org.tsunagu.aid.internal.request.RequestCancelling;
import org.tsunagu.aid.internal.request.RequestTaking;
import org.tsunagu.aid.internal.settlement.Settlements;
import org.tsunagu.people.PeopleApi;

/** The services the demo town acts through, as one. */
record AidDemoServices(
    Programmes programmes,
    Members members,
    Preferences preferences,
    RequestTaking requests,
    RequestCancelling cancelling,
    Matching matching,
    Assignments assignments,
    ActivityReports reports,
    Settlements settlements,
    PeopleApi people) {}
