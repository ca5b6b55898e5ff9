package org.tsunagu.platform.worklist;

import org.springframework.web.util.UriComponentsBuilder;

/** Links that change one part of the work list's filter and keep the rest. */
public record FilterLinks(WorkFilter filter) {

  /** The list narrowed to one kind (null: every kind). */
  public String kind(WorkKind kind) {
    return href(filter.scope(), filter.workerId(), filter.areaId(), kind);
  }

  /** Mine or my organisation's, without a chosen worker. */
  public String scope(WorkFilter.Scope scope) {
    return href(scope, null, filter.areaId(), filter.kind());
  }

  private static String href(WorkFilter.Scope scope, Long worker, Long area, WorkKind kind) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath("/");
    b.queryParam("scope", scope.name().toLowerCase(java.util.Locale.ROOT));
    if (worker != null) {
      b.queryParam("worker", worker);
    }
    if (area != null) {
      b.queryParam("area", area);
    }
    if (kind != null) {
      b.queryParam("kind", kind.name().toLowerCase(java.util.Locale.ROOT));
    }
    return b.build().toUriString();
  }
}
