package org.tsunagu.consultation.internal.referral;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.consultation.internal.casework.CaseAccess;
import org.tsunagu.consultation.internal.casework.Cases;
import org.tsunagu.consultation.internal.casework.SupportCase;
import org.tsunagu.people.OrganizationSuggestion;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.security.CurrentUser;

/**
 * Organisations to refer a case to: those whose declared domains and areas match, minus those
 * already holding an active referral, or that declined it or could not connect the person.
 */
@Component
class ReferralSuggestions {

  private final JdbcClient jdbc;
  private final Cases cases;
  private final CaseAccess caseAccess;
  private final PeopleApi people;

  ReferralSuggestions(JdbcClient jdbc, Cases cases, CaseAccess caseAccess, PeopleApi people) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.caseAccess = caseAccess;
    this.people = people;
  }

  List<OrganizationSuggestion> suggestions(CurrentUser user, long caseId) {
    SupportCase c = caseAccess.open(user, caseId);
    List<Long> excluded =
        jdbc.sql(
                "SELECT to_org_id FROM consultation.referral WHERE case_id = ? AND (status IN"
                    + " ('PENDING','ACCEPTED','IN_PROGRESS','DECLINED') OR outcome ="
                    + " 'UNSUCCESSFUL')")
            .param(caseId)
            .query(Long.class)
            .list();
    List<Long> skip = new ArrayList<>(excluded);
    skip.add(user.organizationId());
    List<SupportDomain> needs = cases.needs(caseId);
    return people.suggestOrganizations(
        EnumSet.copyOf(needs.isEmpty() ? List.of(SupportDomain.OTHER) : needs),
        c.areaId(),
        skip,
        8);
  }
}
