package org.tsunagu.people.internal.admin;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.people.internal.organization.Organizations;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.DuplicateUsernameException;
import org.tsunagu.platform.security.Permission;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.security.Users;
import org.tsunagu.platform.security.WritePermission;

/** Administrators manage accounts: create, reset a password (lifting a lock), disable. */
@Controller
@PreAuthorize("hasAuthority('MANAGE_USERS')")
@WritePermission(Permission.MANAGE_USERS)
class AdminUsersController {

  static final int MIN_PASSWORD = 10;

  private final Users users;
  private final Organizations organizations;
  private final AuditLog audit;

  AdminUsersController(Users users, Organizations organizations, AuditLog audit) {
    this.users = users;
    this.organizations = organizations;
    this.audit = audit;
  }

  @GetMapping("/admin/users")
  String list(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("users", users.listForOrganizations(100, Math.max(0, page) * 100));
    model.addAttribute("organizations", organizations.all());
    model.addAttribute("roles", Role.values());
    model.addAttribute("page", page);
    return "admin/users";
  }

  @PostMapping("/admin/users")
  String create(
      @RequestParam String username,
      @RequestParam String displayName,
      @RequestParam long organizationId,
      @RequestParam String role,
      @RequestParam String password,
      RedirectAttributes redirect) {
    List<String> errors = new ArrayList<>();
    String name = username.strip();
    if (!name.matches("[A-Za-z0-9._@-]{3,60}")) {
      errors.add("admin.users.error.username");
    }
    if (displayName.isBlank() || displayName.length() > 60 || displayName.matches(".*[<>\"].*")) {
      errors.add("admin.users.error.displayName");
    }
    if (password.length() < MIN_PASSWORD) {
      errors.add("settings.password.tooShort");
    }
    Role r = null;
    try {
      r = Role.valueOf(role);
    } catch (IllegalArgumentException e) {
      errors.add("admin.users.error.role");
    }
    if (organizations.find(organizationId).isEmpty()) {
      errors.add("admin.users.error.organization");
    }
    if (errors.isEmpty()) {
      try {
        long id = users.create(name, password, displayName.strip(), organizationId, r);
        audit.record(AuditAction.USER_CREATED, "app_user", id, null);
        redirect.addFlashAttribute("notice", "admin.users.created");
        return "redirect:/admin/users";
      } catch (DuplicateUsernameException e) {
        errors.add("error.user.duplicate");
      }
    }
    redirect.addFlashAttribute("userErrors", errors);
    return "redirect:/admin/users";
  }

  @PostMapping("/admin/users/{id}/password")
  String reset(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
    if (password.length() < MIN_PASSWORD) {
      redirect.addFlashAttribute("userErrors", List.of("settings.password.tooShort"));
    } else {
      users.resetPassword(id, password);
      audit.record(AuditAction.PASSWORD_RESET, "app_user", id, null);
      redirect.addFlashAttribute("notice", "admin.users.passwordReset");
    }
    return "redirect:/admin/users";
  }

  @PostMapping("/admin/users/{id}/enabled")
  String enable(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
    users.setEnabled(id, enabled);
    audit.record(AuditAction.UPDATE, "app_user", id, "enabled=" + enabled);
    redirect.addFlashAttribute("notice", "admin.users.saved");
    return "redirect:/admin/users";
  }
}
