package org.tsunagu.consultation.internal.conference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tsunagu.consultation.internal.casework.CaseAccess;
import org.tsunagu.consultation.internal.casework.CaseQueries;
import org.tsunagu.consultation.internal.casework.Cases;
import org.tsunagu.consultation.internal.casework.SupportCase;
import org.tsunagu.people.OrganizationRef;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.security.CurrentUser;

/** What the convene form offers: the open cases the user's organisation leads, organisations. */
@Component
class ConferenceChoices {

  /** A case to tick: its reference and title only, never the person's name. */
  record CaseChoice(long id, String reference, String title) {}

  /** The newest open cases of one page, whether there are more, and the ones asked for. */
  record CaseChoices(List<CaseChoice> cases, boolean more) {}

  static final int PAGE = 50;

  private final CaseQueries caseQueries;
  private final Cases cases;
  private final CaseAccess caseAccess;
  private final PeopleApi people;

  ConferenceChoices(CaseQueries caseQueries, Cases cases, CaseAccess caseAccess, PeopleApi people) {
    this.caseQueries = caseQueries;
    this.cases = cases;
    this.caseAccess = caseAccess;
    this.people = people;
  }

  /**
   * The newest open cases the organisation leads, plus any asked for by id (from a case page, or
   * ticked before) that the user may open, so a preselected older case is never lost.
   */
  CaseChoices cases(CurrentUser user, Collection<Long> alsoIds) {
    List<CaseQueries.CaseRow> led = caseQueries.led(user, false, false, 0);
    List<CaseChoice> out = new ArrayList<>();
    for (CaseQueries.CaseRow r : led.subList(0, Math.min(PAGE, led.size()))) {
      out.add(new CaseChoice(r.id(), r.reference(), r.title()));
    }
    for (Long id : alsoIds) {
      if (id != null && out.stream().noneMatch(c -> c.id() == id)) {
        cases
            .find(id)
            .filter(c -> !c.isClosed() && caseAccess.mayOpen(user, c))
            .map(ConferenceChoices::choice)
            .ifPresent(out::add);
      }
    }
    return new CaseChoices(out, led.size() > PAGE);
  }

  /** Every active organisation, grouped by type in the people module's order. */
  Map<OrganizationType, List<OrganizationRef>> organizationsByType() {
    Map<OrganizationType, List<OrganizationRef>> groups = new LinkedHashMap<>();
    for (OrganizationRef o : people.organizations()) {
      groups.computeIfAbsent(o.type(), t -> new ArrayList<>()).add(o);
    }
    return groups;
  }

  private static CaseChoice choice(SupportCase c) {
    return new CaseChoice(c.id(), c.reference(), c.title());
  }
}
