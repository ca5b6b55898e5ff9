package org.tsunagu.people.internal.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tsunagu.platform.security.PlatformPermissions;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.security.Users;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;
import org.tsunagu.platform.web.CreatedResponse;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.InputLimits;

/** Staff accounts for administrators: list, create, disable, reset a password. */
@ApiController
@Tag(name = "Staff accounts", description = "Accounts of every organisation's staff")
@PreAuthorize("hasAuthority('MANAGE_USERS')")
@WritePermission(PlatformPermissions.MANAGE_USERS)
class StaffAccountApiController {

  static final int PAGE_SIZE = 100;

  record AccountResponse(
      long id,
      String username,
      String displayName,
      long organizationId,
      Role role,
      boolean enabled) {}

  record AccountPage(List<AccountResponse> items, int page, int size, boolean hasNext) {}

  record PasswordRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String password) {}

  record EnabledRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean enabled) {}

  private final Users users;
  private final StaffAccounts accounts;

  StaffAccountApiController(Users users, StaffAccounts accounts) {
    this.users = users;
    this.accounts = accounts;
  }

  @GetMapping("/api/v1/users")
  @Operation(summary = "Staff accounts by organisation and login name, 100 a page")
  AccountPage list(@RequestParam(defaultValue = "0") @Min(0) @Max(InputLimits.MAX_PAGE) int page) {
    List<AccountResponse> rows =
        users.listForOrganizations(PAGE_SIZE + 1, page * PAGE_SIZE).stream()
            .map(
                u ->
                    new AccountResponse(
                        u.id(),
                        u.username(),
                        u.displayName(),
                        u.organizationId(),
                        u.role(),
                        u.enabled()))
            .toList();
    boolean hasNext = rows.size() > PAGE_SIZE;
    return new AccountPage(hasNext ? rows.subList(0, PAGE_SIZE) : rows, page, PAGE_SIZE, hasNext);
  }

  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/v1/users")
  @Operation(summary = "Create an account with a role in an organisation")
  ResponseEntity<CreatedResponse> create(@RequestBody StaffAccounts.AccountInput in) {
    long id = accounts.create(in);
    return ResponseEntity.created(URI.create("/api/v1/users/" + id)).body(new CreatedResponse(id));
  }

  @PostMapping("/api/v1/users/{id}/password")
  @Operation(summary = "Reset an account's password")
  void resetPassword(@PathVariable long id, @RequestBody PasswordRequest in) {
    accounts.resetPassword(id, in.password());
  }

  @PutMapping("/api/v1/users/{id}/enabled")
  @Operation(summary = "Enable or disable an account")
  void setEnabled(@PathVariable long id, @RequestBody EnabledRequest in) {
    if (in.enabled() == null) {
      throw new FieldErrorsException(
          List.of(new FieldErrorsException.FieldProblem("enabled", "validation.required")));
    }
    accounts.setEnabled(id, in.enabled());
  }
}
