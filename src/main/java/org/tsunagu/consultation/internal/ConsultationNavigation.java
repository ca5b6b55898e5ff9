package org.tsunagu.consultation.internal;

import static org.tsunagu.consultation.ConsultationPermissions.CASE_WORK;
import static org.tsunagu.consultation.ConsultationPermissions.CONFERENCE_MANAGE;
import static org.tsunagu.consultation.ConsultationPermissions.INTAKE_RECORD;
import static org.tsunagu.platform.web.NavEntry.forPermission;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.web.NavEntry;
import org.tsunagu.platform.web.NavigationContributor;

/** Consultation's header links, after the registry's persons and before the import. */
@Component
class ConsultationNavigation implements NavigationContributor {

  @Override
  public List<NavEntry> navigation() {
    return List.of(
        forPermission("/intakes", "nav.intakes", 200, CASE_WORK),
        forPermission("/cases", "nav.cases", 210, CASE_WORK),
        forPermission("/referrals", "nav.referrals", 220, CASE_WORK),
        forPermission("/conferences", "nav.conferences", 230, CONFERENCE_MANAGE),
        // Field roles that take in consultations but work no cases fill in the card.
        new NavEntry("/card", "nav.card", 240, u -> u.may(INTAKE_RECORD) && !u.may(CASE_WORK)),
        new NavEntry(
            "/windows", "nav.windows", 250, u -> u.may(CASE_WORK) && u.may(INTAKE_RECORD)));
  }
}
