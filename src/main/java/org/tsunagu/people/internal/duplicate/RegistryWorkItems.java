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
import org.tsunagu.platform.worklist.WorkItem;
import org.tsunagu.platform.worklist.WorkItemSource;

/** The registry's own work: consents ending within 30 days, duplicate candidates to review. */
@Component
class RegistryWorkItems implements WorkItemSource {

  static final int CONSENT_WARNING_DAYS = 30;
  private static final int MAX_ITEMS = 50;

  private final JdbcClient jdbc;

  RegistryWorkItems(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<WorkItem> itemsFor(CurrentUser user) {
    List<WorkItem> items = new ArrayList<>();
    if (user.may(PeoplePermissions.CONSENT_RECORD)) {
      items.addAll(consentsEnding(user));
    }
    if (user.may(PeoplePermissions.PERSON_MERGE)) {
      items.addAll(duplicates(user));
    }
    return items;
  }

  private List<WorkItem> consentsEnding(CurrentUser user) {
    LocalDate today = LocalDate.now(DisplayFormats.TOKYO);
    return jdbc.sql(
            "SELECT c.id, c.person_id, c.ends_on, p.family_name || ' ' || p.given_name AS name,"
                + " c.purpose FROM people.consent c JOIN people.person p ON p.id = c.person_id"
                + " WHERE c.revoked_at IS NULL AND c.ends_on BETWEEN :today AND :until AND"
                + " c.recorded_org_id = :viewerOrg AND "
                + PeopleApi.visibleSql("p.id")
                + " ORDER"
                + " BY c.ends_on, c.id LIMIT "
                + MAX_ITEMS)
        .param("today", today)
        .param("until", today.plusDays(CONSENT_WARNING_DAYS))
        .param("viewerOrg", user.organizationId())
        .query(
            (rs, n) -> {
              LocalDate ends = rs.getObject("ends_on", LocalDate.class);
              return new WorkItem(
                  ends.isBefore(today.plusDays(7)) ? WorkItem.Urgency.TODAY : WorkItem.Urgency.SOON,
                  "worklist.category.consent",
                  "worklist.consentEnding",
                  new Object[] {rs.getString("name"), ends},
                  "/persons/" + rs.getLong("person_id") + "#consents");
            })
        .list();
  }

  private List<WorkItem> duplicates(CurrentUser user) {
    return jdbc.sql(
            "SELECT d.id, d.person_a, d.person_b FROM people.duplicate_candidate d WHERE d.status ="
                + " 'OPEN' AND "
                + PeopleApi.visibleSql("d.person_a")
                + " AND"
                + " "
                + PeopleApi.visibleSql("d.person_b")
                + " ORDER BY d.created_at LIMIT "
                + MAX_ITEMS)
        .param("viewerOrg", user.organizationId())
        .query(
            (rs, n) ->
                new WorkItem(
                    WorkItem.Urgency.INFO,
                    "worklist.category.duplicate",
                    "worklist.duplicate",
                    new Object[] {rs.getLong("person_a"), rs.getLong("person_b"), rs.getLong("id")},
                    "/persons/merge?survivor="
                        + rs.getLong("person_a")
                        + "&merged="
                        + rs.getLong("person_b")
                        + "&candidate="
                        + rs.getLong("id")))
        .list();
  }
}
