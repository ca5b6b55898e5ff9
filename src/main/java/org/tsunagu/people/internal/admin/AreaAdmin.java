package org.tsunagu.people.internal.admin;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.AreaLevel;
import org.tsunagu.people.internal.area.Areas;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.web.Problems;

/** Adds areas to the tree: a municipality, its 圏域 and 町丁目, or a 自治会. */
@Service
public class AreaAdmin {

  /** An area under a parent (none for a municipality), with an optional official code. */
  public record AreaInput(Long parentId, AreaLevel level, String name, String code) {}

  private final Areas areas;
  private final AuditLog audit;

  AreaAdmin(Areas areas, AuditLog audit) {
    this.areas = areas;
    this.audit = audit;
  }

  @Transactional
  public long create(AreaInput in) {
    Problems p = new Problems();
    String name = in.name() == null ? "" : in.name().strip();
    if (name.isEmpty() || name.length() > 60) {
      p.add("name", "admin.areas.error");
    }
    if (in.level() == null) {
      p.add("level", "admin.areas.error");
    }
    Areas.Area parent = in.parentId() == null ? null : areas.find(in.parentId()).orElse(null);
    if (in.parentId() != null && parent == null) {
      p.add("parentId", "validation.area.unknown");
    } else if (in.level() != null && parent == null && in.level() != AreaLevel.MUNICIPALITY) {
      p.add("parentId", "admin.areas.error.parent");
    } else if (in.level() != null && parent != null && in.level().compareTo(parent.level()) <= 0) {
      // municipality → 圏域 → 自治会 → 町丁目: an area sits below its parent's level.
      p.add("level", "admin.areas.error.level");
    }
    String code = in.code() == null || in.code().isBlank() ? null : in.code().strip();
    if (code != null && !code.matches("[0-9A-Za-z-]{1,20}")) {
      p.add("code", "admin.areas.error.code");
    }
    p.throwIfAny();
    try {
      long id = areas.create(in.parentId(), in.level(), name, code, null, null);
      audit.record(AuditAction.CREATE, "area", id, null);
      return id;
    } catch (DuplicateKeyException e) {
      p.add("name", "admin.areas.duplicate");
      p.throwIfAny();
      throw e;
    }
  }
}
