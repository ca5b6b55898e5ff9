package org.tsunagu.people.internal.duplicate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.PeoplePermissions;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.DisplayFormats;
import org.tsunagu.platform.worklist.WorkFilter;
import org.tsunagu.platform.worklist.WorkItem;
import org.tsunagu.platform.worklist.WorkItemSource;
import org.tsunagu.platform.worklist.WorkKind;
import org.tsunagu.platform.worklist.WorkList;
import org.tsunagu.platform.worklist.WorkSection;

/**
 * The registry's own work, to look at again: consents the organisation recorded ending within 30
 * days, duplicate candidates to review. Both are the organisation's, assigned to nobody, and have
 * no area: a chosen worker or area leaves them out.
 */
@Component
class RegistryWorkItems implements WorkItemSource {

  static final int CONSENT_WARNING_DAYS = 30;
  static final WorkSection REGISTRY =
      new WorkSection("people.registry", "worklist.section.registry", 90, "/persons");

  private final JdbcClient jdbc;

  RegistryWorkItems(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<WorkSection> sectionsFor(CurrentUser user) {
    return user.may(PeoplePermissions.CONSENT_RECORD) || user.may(PeoplePermissions.PERSON_MERGE)
        ? List.of(REGISTRY)
        : List.of();
  }

  @Override
  public Work workFor(CurrentUser user, WorkFilter filter) {
    List<WorkItem> items = new ArrayList<>();
    if (!filter.includesUnassigned() || filter.areaId() != null || !filter.wants(WorkKind.REVIEW)) {
      return Work.none();
    }
    if (user.may(PeoplePermissions.CONSENT_RECORD)) {
      items.addAll(consentsEnding(user));
    }
    if (user.may(PeoplePermissions.PERSON_MERGE)) {
      items.addAll(duplicates(user));
    }
    return Work.listed(items);
  }

  private List<WorkItem> consentsEnding(CurrentUser user) {
    LocalDate today = LocalDate.now(DisplayFormats.TOKYO);
    return jdbc.sql(
            "SELECT c.id, c.person_id, c.ends_on, c.recorded_at, p.family_name || ' ' ||"
                + " p.given_name AS name FROM people.consent c JOIN people.person p ON p.id ="
                + " c.person_id WHERE c.revoked_at IS NULL AND c.ends_on BETWEEN :today AND :until"
                + " AND c.recorded_org_id = :viewerOrg AND "
                + PeopleApi.visibleSql("p.id")
                + " ORDER BY c.ends_on, c.id LIMIT "
                + (WorkList.PER_SECTION + 1))
        .param("today", today)
        .param("until", today.plusDays(CONSENT_WARNING_DAYS))
        .param("viewerOrg", user.organizationId())
        .query(
            (rs, n) ->
                new WorkItem(
                    REGISTRY.id(),
                    WorkKind.REVIEW,
                    rs.getString("name"),
                    "worklist.summary.consentEnding",
                    new Object[] {},
                    rs.getTimestamp("recorded_at").toInstant(),
                    rs.getObject("ends_on", LocalDate.class),
                    "/persons/" + rs.getLong("person_id") + "#consents"))
        .list();
  }

  private List<WorkItem> duplicates(CurrentUser user) {
    return jdbc.sql(
            "SELECT d.id, d.person_a, d.person_b, d.created_at FROM people.duplicate_candidate d"
                + " WHERE d.status = 'OPEN' AND "
                + PeopleApi.visibleSql("d.person_a")
                + " AND "
                + PeopleApi.visibleSql("d.person_b")
                + " ORDER BY d.created_at LIMIT "
                + (WorkList.PER_SECTION + 1))
        .param("viewerOrg", user.organizationId())
        .query(
            (rs, n) ->
                new WorkItem(
                    REGISTRY.id(),
                    WorkKind.REVIEW,
                    null,
                    "worklist.summary.duplicate",
                    new Object[] {rs.getLong("person_a"), rs.getLong("person_b")},
                    rs.getTimestamp("created_at").toInstant(),
                    null,
                    "/persons/merge?survivor="
                        + rs.getLong("person_a")
                        + "&merged="
                        + rs.getLong("person_b")
                        + "&candidate="
                        + rs.getLong("id")))
        .list();
  }
}
