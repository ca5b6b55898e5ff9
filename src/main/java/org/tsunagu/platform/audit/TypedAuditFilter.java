package org.tsunagu.platform.audit;

import java.time.LocalDate;
import org.tsunagu.platform.web.Problems;

/**
 * The audit screen's filters as typed, bound from the query string by the screen and its exports
 * alike; shown again in the form and carried by the pager and export links. An absent one is empty.
 */
record TypedAuditFilter(
    String person,
    String user,
    String organization,
    String action,
    String objectType,
    String objectId,
    String from,
    String to) {

  TypedAuditFilter {
    person = orEmpty(person);
    user = orEmpty(user);
    organization = orEmpty(organization);
    action = orEmpty(action);
    objectType = orEmpty(objectType);
    objectId = orEmpty(objectId);
    from = orEmpty(from);
    to = orEmpty(to);
  }

  /** The filter these values ask for; each bad value adds a problem naming its field. */
  AuditFilter parse(LocalDate today, Problems problems) {
    return AuditFilter.parse(
        person, user, organization, action, objectType, objectId, from, to, today, problems);
  }

  /** As the form shows them again: trimmed, and the period the filter chose when none was typed. */
  TypedAuditFilter shown(AuditFilter filter) {
    return new TypedAuditFilter(
        person.strip(),
        user.strip(),
        organization.strip(),
        action.strip(),
        objectType.strip(),
        objectId.strip(),
        from.isBlank() ? filter.from().toString() : from.strip(),
        to.isBlank() ? filter.to().toString() : to.strip());
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
