package org.tsunagu.people.internal.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.people.internal.organization.Organizations;
import org.tsunagu.platform.security.PlatformPermissions;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.security.Users;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FieldErrorsException.FieldProblem;
import org.tsunagu.platform.web.InputLimits;

/** Administrators manage accounts: create, reset a password (lifting a lock), disable. */
@Controller
@PreAuthorize("hasAuthority('MANAGE_USERS')")
@WritePermission(PlatformPermissions.MANAGE_USERS)
class AdminUsersController {

  private final Users users;
  private final Organizations organizations;
  private final StaffAccounts accounts;

  AdminUsersController(Users users, Organizations organizations, StaffAccounts accounts) {
    this.users = users;
    this.organizations = organizations;
    this.accounts = accounts;
  }

  @GetMapping("/admin/users")
  String list(
      @RequestParam(defaultValue = "0") @Min(0) @Max(InputLimits.MAX_PAGE) int page, Model model) {
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
    Role r = FormChoices.parse(Role.class, role);
    return done(
        redirect,
        "admin.users.created",
        () ->
            accounts.create(
                new StaffAccounts.AccountInput(
                    username, displayName, organizationId, r, password)));
  }

  @PostMapping("/admin/users/{id}/password")
  String reset(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
    return done(redirect, "admin.users.passwordReset", () -> accounts.resetPassword(id, password));
  }

  @PostMapping("/admin/users/{id}/enabled")
  String enable(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
    return done(redirect, "admin.users.saved", () -> accounts.setEnabled(id, enabled));
  }

  private static String done(RedirectAttributes redirect, String notice, Runnable change) {
    try {
      change.run();
      redirect.addFlashAttribute("notice", notice);
    } catch (FieldErrorsException e) {
      redirect.addFlashAttribute(
          "userErrors", e.problems().stream().map(FieldProblem::messageKey).distinct().toList());
    }
    return "redirect:/admin/users";
  }
}
