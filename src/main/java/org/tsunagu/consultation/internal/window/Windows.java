package org.tsunagu.consultation.internal.window;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;

/**
 * Consultation windows (相談窓口): each run by an organisation, passing what it takes in on; who may
 * use and manage them, and stopping or resuming one. Opening one is {@link WindowOpening}.
 */
@Service
public class Windows {

  public enum Kind {
    SALON,
    PHONE,
    OFFICE,
    VISIT,
    DELIVERY,
    OUTREACH,
    OTHER
  }

  public record Window(
      long id,
      String name,
      Kind kind,
      long organizationId,
      String organizationName,
      long receivingOrgId,
      String receivingOrgName,
      Long areaId,
      String place,
      boolean active) {}

  private static final String SELECT =
      "SELECT w.id, w.name, w.kind, w.organization_id, o.name AS org_name, w.receiving_org_id,"
          + " r.name AS receiving_name, w.area_id, w.place, w.active FROM"
          + " consultation.consultation_window w JOIN people.organization_directory o ON o.id ="
          + " w.organization_id JOIN people.organization_directory r ON r.id = w.receiving_org_id ";

  private final JdbcClient jdbc;
  private final PeopleApi people;
  private final AuditLog audit;
  private final Clock clock;

  Windows(JdbcClient jdbc, PeopleApi people, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.people = people;
    this.audit = audit;
  }

  public Optional<Window> find(long id) {
    return jdbc.sql(SELECT + "WHERE w.id = ?").param(id).query(Windows::map).optional();
  }

  /** Windows the user may take intakes at: run by or passing on to their organisation. */
  public List<Window> usableBy(CurrentUser user) {
    return jdbc.sql(
            SELECT
                + "WHERE w.active AND (w.organization_id = :org OR w.receiving_org_id = :org)"
                + " ORDER BY w.kind, w.name")
        .param("org", user.organizationId())
        .query(Windows::map)
        .list();
  }

  public boolean mayUse(CurrentUser user, Window w) {
    return w.active()
        && user.may(ConsultationPermissions.INTAKE_RECORD)
        && (w.organizationId() == user.organizationId()
            || w.receivingOrgId() == user.organizationId());
  }

  public List<Window> all() {
    return jdbc.sql(SELECT + "ORDER BY r.name, w.kind, w.name").query(Windows::map).list();
  }

  /** Windows run by or passing on to the user's organisation, stopped ones too. */
  public List<Window> ofOrganization(CurrentUser user) {
    return jdbc.sql(
            SELECT
                + "WHERE w.organization_id = :org OR w.receiving_org_id = :org"
                + " ORDER BY w.active DESC, w.kind, w.name")
        .param("org", user.organizationId())
        .query(Windows::map)
        .list();
  }

  /** Administrators, and coordinators who both work cases and take intakes, manage windows. */
  public static boolean mayManage(CurrentUser user) {
    return user.role() == Role.ADMIN
        || (user.may(ConsultationPermissions.CASE_WORK)
            && user.may(ConsultationPermissions.INTAKE_RECORD));
  }

  /** Whether the user may stop or resume the window: an administrator or its receiving side. */
  public static boolean mayChange(CurrentUser user, Window w) {
    return mayManage(user)
        && (user.role() == Role.ADMIN || w.receivingOrgId() == user.organizationId());
  }

  @Transactional
  public void setActive(CurrentUser user, long id, boolean active) {
    Window w = find(id).orElseThrow(org.tsunagu.platform.web.NotFoundException::new);
    if (!mayChange(user, w)) {
      throw new AccessDeniedException("windows");
    }
    jdbc.sql("UPDATE consultation.consultation_window SET active = ? WHERE id = ?")
        .params(active, id)
        .update();
    audit.record(AuditAction.UPDATE, "consultation_window", id, "active=" + active);
  }

  private static Window map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Window(
        rs.getLong("id"),
        rs.getString("name"),
        Kind.valueOf(rs.getString("kind")),
        rs.getLong("organization_id"),
        rs.getString("org_name"),
        rs.getLong("receiving_org_id"),
        rs.getString("receiving_name"),
        (Long) rs.getObject("area_id"),
        rs.getString("place"),
        rs.getBoolean("active"));
  }
}
