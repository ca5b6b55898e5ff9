package org.tsunagu.consultation.internal.window;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
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
import org.tsunagu.platform.web.Problems;

/** Consultation windows (相談窓口): each run by an organisation, passing what it takes in on. */
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

  public record WindowInput(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
      @Schema(implementation = Kind.class, requiredMode = Schema.RequiredMode.REQUIRED) String kind,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long organizationId,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long receivingOrgId,
      Long areaId,
      String place) {}

  /**
   * Opens a window. Administrators may open any; a coordinator opens windows that pass intakes on
   * to their own organisation (a salon of the neighbourhood, their phone line).
   */
  @Transactional
  public long create(CurrentUser user, WindowInput in) {
    boolean admin = user.role() == Role.ADMIN;
    if (!mayManage(user)) {
      throw new AccessDeniedException("windows");
    }
    Problems p = new Problems();
    if (in.name() == null || in.name().isBlank()) {
      p.add("name", "validation.required");
    } else if (in.name().length() > 100) {
      p.add("name", "validation.tooLong", 100);
    }
    Kind kind = null;
    try {
      kind = Kind.valueOf(in.kind());
    } catch (RuntimeException e) {
      p.add("kind", "validation.required");
    }
    if (in.organizationId() == null || people.organization(in.organizationId()).isEmpty()) {
      p.add("organizationId", "validation.required");
    }
    if (in.receivingOrgId() == null || people.organization(in.receivingOrgId()).isEmpty()) {
      p.add("receivingOrgId", "validation.required");
    } else if (!admin && in.receivingOrgId() != user.organizationId()) {
      p.add("receivingOrgId", "window.validation.receiving");
    }
    if (in.areaId() != null && people.areaPath(in.areaId()).isEmpty()) {
      p.add("areaId", "validation.area.unknown");
    }
    if (in.place() != null && in.place().length() > 200) {
      p.add("place", "validation.tooLong", 200);
    }
    if (p.isEmpty()
        && jdbc.sql(
                "SELECT EXISTS (SELECT 1 FROM consultation.consultation_window WHERE"
                    + " organization_id = ? AND name = ?)")
            .params(in.organizationId(), in.name().strip())
            .query(Boolean.class)
            .single()) {
      p.add("name", "window.validation.nameTaken");
    }
    p.throwIfAny();
    long id =
        jdbc.sql(
                "INSERT INTO consultation.consultation_window (name, kind, organization_id,"
                    + " receiving_org_id, area_id, place, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    + " RETURNING id")
            .params(
                in.name().strip(),
                kind.name(),
                in.organizationId(),
                in.receivingOrgId(),
                in.areaId(),
                in.place() == null || in.place().isBlank() ? null : in.place().strip(),
                Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    audit.record(AuditAction.CREATE, "consultation_window", id, null);
    return id;
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
