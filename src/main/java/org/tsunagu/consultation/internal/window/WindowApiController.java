package org.tsunagu.consultation.internal.window;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.people.PeoplePermissions;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;

/** Consultation windows in the JSON API. */
@ApiController
@WritePermission({PeoplePermissions.MANAGE_ORGANIZATIONS, ConsultationPermissions.CASE_WORK})
class WindowApiController {

  private final Windows windows;
  private final WindowOpening opening;

  WindowApiController(Windows windows, WindowOpening opening) {
    this.windows = windows;
    this.opening = opening;
  }

  /** Windows the caller may take intakes at. */
  @Operation(summary = "Consultation windows where the caller may take intakes")
  @GetMapping("/api/v1/windows")
  List<WindowResponse> usable() {
    return windows.usableBy(CurrentUsers.require()).stream().map(WindowResponse::of).toList();
  }

  @Operation(summary = "Open a consultation window (相談窓口)")
  @PostMapping("/api/v1/windows")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> create(@RequestBody WindowOpening.WindowInput in) {
    return Map.of("id", opening.create(CurrentUsers.require(), in));
  }
}
