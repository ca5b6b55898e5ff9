package org.tsunagu.watch.internal.target;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.watch.internal.WatchPersons;

/** Reads of watch targets. */
@Repository
public class Targets {

  /** A row of the organisation's target list; the name only where it may see the person. */
  public record Row(
      long id,
      long personId,
      String personName,
      String agreementName,
      int watchers,
      int openAlerts,
      Instant lastContact) {}

  private final JdbcClient jdbc;

  Targets(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Row> ofOrganization(CurrentUser viewer, int limit, int offset) {
    return jdbc.sql(
            "SELECT t.id, t.person_id, CASE WHEN "
                + WatchPersons.visibleSql("t.person_id")
                + " THEN n.display_name END AS person_name, a.name AS agreement_name, (SELECT"
                + " count(*) FROM watch.watcher w WHERE w.target_id = t.id) AS watchers, (SELECT"
                + " count(*) FROM watch.alert x WHERE x.target_id = t.id AND x.status <>"
                + " 'CLOSED') AS open_alerts, (SELECT max(c.happened_at) FROM watch.check_in c"
                + " WHERE c.target_id = t.id) AS last_contact FROM watch.target t JOIN"
                + " people.person_display_name n ON n.id = t.person_id LEFT JOIN watch.agreement a"
                + " ON a.id = t.agreement_id WHERE t.organization_id = :viewerOrg AND t.active"
                + " ORDER BY t.id LIMIT :limit OFFSET :offset")
        .param("viewerOrg", viewer.organizationId())
        .param("limit", limit)
        .param("offset", offset)
        .query(Row.class)
        .list();
  }

  public Long agreementOf(long targetId) {
    return jdbc.sql("SELECT agreement_id FROM watch.target WHERE id = ?")
        .param(targetId)
        .query(Long.class)
        .optional()
        .orElse(null);
  }

  public Optional<TargetDetails> details(long targetId) {
    record Head(
        long id,
        long personId,
        long organizationId,
        String organizationName,
        String agreementName,
        String keyHolder,
        String doctor,
        String notes,
        String driverNotes,
        boolean active) {}
    return jdbc.sql(
            "SELECT t.id, t.person_id, t.organization_id, o.name AS organization_name, a.name AS"
                + " agreement_name, t.key_holder, t.doctor, t.notes, t.driver_notes, t.active FROM"
                + " watch.target t JOIN people.organization_directory o ON o.id ="
                + " t.organization_id LEFT JOIN watch.agreement a ON a.id = t.agreement_id WHERE"
                + " t.id = ?")
        .param(targetId)
        .query(Head.class)
        .optional()
        .map(
            h ->
                new TargetDetails(
                    h.id(),
                    h.personId(),
                    h.organizationId(),
                    h.organizationName(),
                    h.agreementName(),
                    h.keyHolder(),
                    h.doctor(),
                    h.notes(),
                    h.driverNotes(),
                    h.active(),
                    contacts(targetId),
                    watchers(targetId),
                    expected(targetId)));
  }

  private List<TargetDetails.Contact> contacts(long targetId) {
    return jdbc.sql(
            "SELECT id, kind, name, relation, email, phone, daily_updates FROM"
                + " watch.target_contact WHERE target_id = ? ORDER BY id")
        .param(targetId)
        .query(TargetDetails.Contact.class)
        .list();
  }

  private List<TargetDetails.WatcherRow> watchers(long targetId) {
    return jdbc.sql(
            "SELECT w.user_id, u.display_name AS name, w.kind FROM watch.watcher w JOIN"
                + " platform.user_directory u ON u.id = w.user_id WHERE w.target_id = ? ORDER BY"
                + " w.user_id")
        .param(targetId)
        .query(TargetDetails.WatcherRow.class)
        .list();
  }

  private List<TargetDetails.Expected> expected(long targetId) {
    return jdbc.sql(
            "SELECT e.id, e.kind, e.weekday, e.at_time, e.grace_minutes, u.display_name AS"
                + " user_name, e.next_at, e.next_due_at FROM watch.expected_contact e LEFT JOIN"
                + " platform.user_directory u ON u.id = e.user_id WHERE e.target_id = ? AND"
                + " e.active ORDER BY e.weekday NULLS FIRST, e.at_time")
        .param(targetId)
        .query(TargetDetails.Expected.class)
        .list();
  }
}
