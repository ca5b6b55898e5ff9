package org.tsunagu.people.internal.admin;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.internal.organization.Organizations;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.DuplicateUsernameException;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.security.Users;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;

/** Staff accounts of every organisation: created with a role, disabled, passwords reset. */
@Service
public class StaffAccounts {

  /** A new account as entered on the screen or sent to the API. */
  public record AccountInput(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String username,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String displayName,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long organizationId,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Role role,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String password) {}

  private final Users users;
  private final Organizations organizations;
  private final AuditLog audit;

  StaffAccounts(Users users, Organizations organizations, AuditLog audit) {
    this.users = users;
    this.organizations = organizations;
    this.audit = audit;
  }

  @Transactional
  public long create(AccountInput in) {
    Problems p = new Problems();
    String name = in.username() == null ? "" : in.username().strip();
    if (!name.matches("[A-Za-z0-9._@-]{3,60}")) {
      p.add("username", "admin.users.error.username");
    }
    String display = in.displayName() == null ? "" : in.displayName().strip();
    if (display.isEmpty() || display.length() > 60 || display.matches(".*[<>\"].*")) {
      p.add("displayName", "admin.users.error.displayName");
    }
    checkPassword(p, in.password());
    if (in.role() == null) {
      p.add("role", "admin.users.error.role");
    }
    if (in.organizationId() == null || organizations.find(in.organizationId()).isEmpty()) {
      p.add("organizationId", "admin.users.error.organization");
    }
    p.throwIfAny();
    try {
      long id = users.create(name, in.password(), display, in.organizationId(), in.role());
      audit.record(AuditAction.USER_CREATED, "app_user", id, null);
      return id;
    } catch (DuplicateUsernameException e) {
      p.add("username", "error.user.duplicate");
      p.throwIfAny();
      throw e;
    }
  }

  @Transactional
  void resetPassword(long id, String password) {
    requireExists(id);
    Problems p = new Problems();
    checkPassword(p, password);
    p.throwIfAny();
    users.resetPassword(id, password);
    audit.record(AuditAction.PASSWORD_RESET, "app_user", id, null);
  }

  @Transactional
  void setEnabled(long id, boolean enabled) {
    requireExists(id);
    users.setEnabled(id, enabled);
    audit.record(AuditAction.UPDATE, "app_user", id, "enabled=" + enabled);
  }

  private void requireExists(long id) {
    if (users.findById(id).isEmpty()) {
      throw new NotFoundException();
    }
  }

  private static void checkPassword(Problems p, String password) {
    if (password == null || password.length() < Users.MIN_PASSWORD || password.length() > 200) {
      p.add("password", "settings.password.tooShort");
    }
  }
}
