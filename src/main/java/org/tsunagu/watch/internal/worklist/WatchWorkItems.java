package org.tsunagu.watch.internal.worklist;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.DisplayFormats;
import org.tsunagu.platform.worklist.WorkFilter;
import org.tsunagu.platform.worklist.WorkItem;
import org.tsunagu.platform.worklist.WorkItemSource;
import org.tsunagu.platform.worklist.WorkKind;
import org.tsunagu.platform.worklist.WorkList;
import org.tsunagu.platform.worklist.WorkSection;
import org.tsunagu.watch.WatchPermissions;
import org.tsunagu.watch.internal.alert.AlertQueries;

/**
 * Alerts at the top of the work list: those waiting for the user or their organisation (未対応; in
 * danger or with the chain exhausted, 期限切れ), and those their organisation took on and has not
 * closed (回答待ち). The registering organisation sees every alert about its targets.
 */
@Component
class WatchWorkItems implements WorkItemSource {

  static final WorkSection SECTION =
      new WorkSection("watch.alerts", "watch.worklist.section", 1, "/watch/alerts");

  record Row(
      long id,
      String cause,
      boolean danger,
      boolean exhausted,
      String status,
      Instant openedAt,
      Instant stepDueAt,
      String personName) {}

  private final JdbcClient jdbc;
  private final PeopleApi people;

  WatchWorkItems(JdbcClient jdbc, PeopleApi people) {
    this.jdbc = jdbc;
    this.people = people;
  }

  @Override
  public List<WorkSection> sectionsFor(CurrentUser user) {
    return user.may(WatchPermissions.WATCH_ALERT) ? List.of(SECTION) : List.of();
  }

  @Override
  public Work workFor(CurrentUser user, WorkFilter filter) {
    if (!user.may(WatchPermissions.WATCH_ALERT)) {
      return Work.none();
    }
    Long assignee = filter.assignee(user);
    List<Long> areas = filter.areaId() == null ? null : people.areaWithDescendants(filter.areaId());
    List<Row> rows =
        jdbc.sql(
                AlertQueries.listed(
                    "a.id, a.cause, a.danger, a.exhausted, a.status, a.opened_at, a.step_due_at",
                    "a.status <> 'CLOSED' AND (CAST(:assignee AS bigint) IS NULL OR cs.user_id ="
                        + " :assignee OR (cs.user_id IS NULL AND :unassigned)) AND (:anyArea OR"
                        + " t.person_id IN (SELECT pa.id FROM people.person_address pa WHERE"
                        + " pa.area_id IN (:areas)))",
                    "a.status = 'ACKNOWLEDGED', a.danger DESC, a.exhausted DESC, a.opened_at"))
            .param("viewerOrg", user.organizationId())
            .param("viewer", user.id())
            // No closed alert is listed: none has closed after this.
            .param("since", Timestamp.from(Instant.parse("3000-01-01T00:00:00Z")))
            .param("assignee", assignee)
            .param("unassigned", filter.includesUnassigned())
            .param("anyArea", areas == null)
            .param("areas", areas == null || areas.isEmpty() ? List.of(-1L) : areas)
            .param("limit", WorkList.PER_SECTION + 1)
            .query(Row.class)
            .list();
    return Work.listed(rows.stream().map(this::item).filter(i -> filter.wants(i.kind())).toList());
  }

  private WorkItem item(Row r) {
    WorkKind kind =
        "ACKNOWLEDGED".equals(r.status())
            ? WorkKind.AWAITING
            : r.danger() || r.exhausted() ? WorkKind.OVERDUE : WorkKind.NEW;
    LocalDate due =
        r.stepDueAt() == null ? null : LocalDate.ofInstant(r.stepDueAt(), DisplayFormats.TOKYO);
    return new WorkItem(
        SECTION.id(),
        kind,
        r.personName(),
        "watch.worklist." + r.cause(),
        new Object[] {r.id()},
        r.openedAt(),
        due,
        "/watch/alerts/" + r.id());
  }
}
