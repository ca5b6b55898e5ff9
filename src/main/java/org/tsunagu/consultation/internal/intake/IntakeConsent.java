package org.tsunagu.consultation.internal.intake;

import org.springframework.stereotype.Component;
import org.tsunagu.consultation.internal.casework.CaseAccess;
import org.tsunagu.people.ConsentRequest;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.PeoplePermissions;
import org.tsunagu.platform.security.CurrentUser;

/**
 * The answer to "may we pass this on", recorded as a consent in the people module once the person
 * is known.
 */
@Component
class IntakeConsent {

  private final Intakes intakes;
  private final PeopleApi people;

  IntakeConsent(Intakes intakes, PeopleApi people) {
    this.intakes = intakes;
    this.people = people;
  }

  void recordIfAgreed(CurrentUser user, Intake i) {
    if (!i.shareAgreed() || i.consentId() != null || i.personId() == null) {
      return;
    }
    if (!user.may(PeoplePermissions.CONSENT_RECORD)) {
      return;
    }
    boolean proxy = "FAMILY".equals(i.reporterKind());
    long consentId =
        people.recordConsent(
            user,
            i.personId(),
            new ConsentRequest(
                CaseAccess.PURPOSE,
                null,
                i.shareScopeType(),
                proxy ? "PROXY" : "PERSON",
                proxy ? i.reporterName() : null,
                proxy ? "FAMILY" : null,
                "PAPER_CARD".equals(i.channel()) ? "WRITTEN" : "ORAL",
                i.receivedOn().toString(),
                null));
    intakes.update(i.id(), "consent_id = ?", consentId);
  }
}
