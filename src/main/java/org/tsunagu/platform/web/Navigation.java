package org.tsunagu.platform.web;

import static org.tsunagu.platform.security.Permission.AUDIT_READ;
import static org.tsunagu.platform.security.Permission.CASE_WORK;
import static org.tsunagu.platform.security.Permission.CONFERENCE_MANAGE;
import static org.tsunagu.platform.security.Permission.IMPORT;
import static org.tsunagu.platform.security.Permission.INTAKE_RECORD;
import static org.tsunagu.platform.security.Permission.MANAGE_ORGANIZATIONS;
import static org.tsunagu.platform.security.Permission.MANAGE_USERS;
import static org.tsunagu.platform.security.Permission.NUMBERS_READ;
import static org.tsunagu.platform.security.Permission.PERSON_READ;

import java.util.List;
import java.util.function.Predicate;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.worklist.HomeActions;

/** The header's links, in order, each shown only to users whose permissions allow it. */
public final class Navigation {

  /** A header link: where it goes and the message key of its label. */
  public record Link(String path, String messageKey) {}

  private record Rule(Link link, Predicate<CurrentUser> shown) {}

  private static final List<Rule> RULES =
      List.of(
          rule("/", "nav.worklist", u -> !HomeActions.fieldHome(u)),
          rule("/", "nav.home", HomeActions::fieldHome),
          rule("/persons", "nav.persons", u -> u.may(PERSON_READ)),
          rule("/intakes", "nav.intakes", u -> u.may(CASE_WORK)),
          rule("/cases", "nav.cases", u -> u.may(CASE_WORK)),
          rule("/referrals", "nav.referrals", u -> u.may(CASE_WORK)),
          rule("/conferences", "nav.conferences", u -> u.may(CONFERENCE_MANAGE)),
          // Field roles that take in consultations but work no cases fill in the card.
          rule("/card", "nav.card", u -> u.may(INTAKE_RECORD) && !u.may(CASE_WORK)),
          rule("/windows", "nav.windows", u -> u.may(CASE_WORK) && u.may(INTAKE_RECORD)),
          rule("/imports", "nav.import", u -> u.may(IMPORT)),
          rule("/consultation/numbers", "numbers.nav", u -> u.may(NUMBERS_READ)),
          rule("/admin/users", "nav.users", u -> u.may(MANAGE_USERS)),
          rule("/admin/organizations", "nav.organizations", u -> u.may(MANAGE_ORGANIZATIONS)),
          rule("/admin/areas", "nav.areas", u -> u.may(MANAGE_ORGANIZATIONS)),
          rule("/admin/audit", "nav.audit", u -> u.may(AUDIT_READ)),
          rule("/settings", "nav.settings", u -> true));

  private Navigation() {}

  public static List<Link> linksFor(CurrentUser user) {
    return RULES.stream().filter(r -> r.shown().test(user)).map(Rule::link).toList();
  }

  private static Rule rule(String path, String messageKey, Predicate<CurrentUser> shown) {
    return new Rule(new Link(path, messageKey), shown);
  }
}
