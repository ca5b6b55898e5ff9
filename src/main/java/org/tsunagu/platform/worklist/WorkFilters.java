package org.tsunagu.platform.worklist;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.web.UserFacingException;
import org.tsunagu.platform.worklist.WorkFilter.Scope;

/**
 * Reads the work list's filter from request parameters (the page's GET form and the API share them)
 * and offers its choices. A value that is not one of the choices is refused with 400, never
 * ignored: a worker of another organisation, an unknown area or kind.
 */
@Component
public class WorkFilters {

  static final String BAD_FILTER = "worklist.error.filter";
  private static final int MAX_WORKERS = 500;

  private final JdbcClient jdbc;
  private final ObjectProvider<WorkAreas> areas;

  WorkFilters(JdbcClient jdbc, ObjectProvider<WorkAreas> areas) {
    this.jdbc = jdbc;
    this.areas = areas;
  }

  /** A worker of the user's organisation, as the worker chooser shows them. */
  public record Worker(long id, String name) {}

  /** Coordinators look at the whole organisation first; everyone else at their own work. */
  public static Scope defaultScope(CurrentUser user) {
    return switch (user.role()) {
      case ADMIN, COORDINATOR, MUNICIPAL_OFFICER -> Scope.ORGANIZATION;
      default -> Scope.MINE;
    };
  }

  public WorkFilter parse(CurrentUser user, String scope, String worker, String area, String kind) {
    Scope s = blank(scope) ? defaultScope(user) : choice(Scope.class, scope);
    Long workerId = blank(worker) ? null : id(worker);
    if (workerId != null && workers(user).stream().noneMatch(w -> w.id() == workerId)) {
      throw bad();
    }
    Long areaId = blank(area) ? null : id(area);
    if (areaId != null && areas(user).stream().noneMatch(a -> a.id() == areaId)) {
      throw bad();
    }
    WorkKind k = blank(kind) ? null : choice(WorkKind.class, kind);
    return new WorkFilter(s, workerId, areaId, k);
  }

  /** Staff of the user's organisation (field roles have no work list to filter by). */
  public List<Worker> workers(CurrentUser user) {
    return jdbc
        .sql(
            "SELECT id, display_name, role FROM platform.app_user WHERE organization_id = ? AND"
                + " enabled ORDER BY display_name, id LIMIT "
                + MAX_WORKERS)
        .param(user.organizationId())
        .query(
            (rs, n) ->
                fieldRole(rs.getString("role"))
                    ? null
                    : new Worker(rs.getLong("id"), rs.getString("display_name")))
        .list()
        .stream()
        .filter(w -> w != null)
        .toList();
  }

  public List<WorkAreas.Choice> areas(CurrentUser user) {
    return Optional.ofNullable(areas.getIfAvailable())
        .map(a -> a.choicesFor(user))
        .orElse(List.of());
  }

  private static boolean fieldRole(String role) {
    return Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(role) && r.isFieldRole());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static long id(String s) {
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      throw bad();
    }
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String s) {
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.name().equalsIgnoreCase(s.strip()))
        .findFirst()
        .orElseThrow(WorkFilters::bad);
  }

  private static UserFacingException bad() {
    return new UserFacingException(BAD_FILTER, 400);
  }
}
