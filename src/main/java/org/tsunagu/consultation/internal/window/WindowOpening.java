package org.tsunagu.consultation.internal.window;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.web.Problems;

/**
 * Opens a consultation window. Administrators may open any; a coordinator opens windows that pass
 * intakes on to their own organisation (a salon of the neighbourhood, their phone line).
 */
@Service
public class WindowOpening {

  public record WindowInput(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
      @Schema(implementation = Windows.Kind.class, requiredMode = Schema.RequiredMode.REQUIRED)
          String kind,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long organizationId,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long receivingOrgId,
      Long areaId,
      String place) {}

  private final JdbcClient jdbc;
  private final PeopleApi people;
  private final AuditLog audit;
  private final Clock clock;

  WindowOpening(JdbcClient jdbc, PeopleApi people, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.people = people;
    this.audit = audit;
    this.clock = clock;
  }

  /** Opens a window, its name unique within the organisation running it. */
  @Transactional
  public long create(CurrentUser user, WindowInput in) {
    boolean admin = user.role() == Role.ADMIN;
    if (!Windows.mayManage(user)) {
      throw new AccessDeniedException("windows");
    }
    Problems p = new Problems();
    if (in.name() == null || in.name().isBlank()) {
      p.add("name", "validation.required");
    } else if (in.name().length() > 100) {
      p.add("name", "validation.tooLong", 100);
    }
    Windows.Kind kind = null;
    try {
      kind = Windows.Kind.valueOf(in.kind());
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
}
