package org.tsunagu.consultation.internal.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.platform.idempotency.IdempotentResult;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;
import org.tsunagu.platform.web.InputLimits;

/**
 * Intakes in the JSON API. A field submission may carry an Idempotency-Key (the header, or {@code
 * idempotencyKey} in the body): sent twice, stored once.
 */
@ApiController
@WritePermission(ConsultationPermissions.CASE_WORK)
class IntakeApiController {

  private final IntakeRecording recording;
  private final IntakeHandling handling;
  private final IntakeQueries queries;

  IntakeApiController(IntakeRecording recording, IntakeHandling handling, IntakeQueries queries) {
    this.recording = recording;
    this.handling = handling;
    this.queries = queries;
  }

  /**
   * A repeat with the same key and body answers 201 with the first id again, marked {@code
   * Idempotent-Replayed: true}: a device that lost the first answer gets the one it missed.
   */
  @WritePermission(ConsultationPermissions.INTAKE_RECORD)
  @Operation(summary = "Take in a consultation or つながりカード; send Idempotency-Key from devices")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/v1/intakes")
  ResponseEntity<Map<String, Long>> record(
      @RequestBody IntakeInput in,
      @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey) {
    InputLimits.requireIdempotencyKey(in.idempotencyKey(), "idempotencyKey");
    IntakeInput keyed =
        idempotencyKey == null || in.idempotencyKey() != null
            ? in
            : in.withIdempotencyKey(idempotencyKey);
    IdempotentResult result = recording.submit(CurrentUsers.require(), keyed);
    var response = ResponseEntity.status(HttpStatus.CREATED);
    if (result.replayed()) {
      response.header("Idempotent-Replayed", "true");
    }
    return response.body(Map.of("id", result.id()));
  }

  /** Intakes reaching the caller's organisation. */
  @Operation(summary = "Intakes received at the caller's organisation's windows")
  @GetMapping("/api/v1/intakes")
  List<IntakeListItem> received(
      @RequestParam(defaultValue = "false") boolean newOnly,
      @RequestParam(defaultValue = "0") @Min(0) @Max(InputLimits.MAX_PAGE) int page) {
    return queries.received(CurrentUsers.require(), newOnly, page).stream()
        .map(IntakeListItem::of)
        .toList();
  }

  @Operation(summary = "An intake (audited)")
  @GetMapping("/api/v1/intakes/{id}")
  IntakeResponse get(@PathVariable long id) {
    CurrentUser user = CurrentUsers.require();
    return IntakeResponse.of(queries.open(user, id), user);
  }

  record IdentifyRequest(@NotNull Long personId) {}

  @Operation(summary = "Identify the person an intake is about")
  @PostMapping("/api/v1/intakes/{id}/person")
  void identify(@PathVariable long id, @RequestBody IdentifyRequest in) {
    handling.identify(CurrentUsers.require(), id, in.personId());
  }

  record OpenCaseRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title, Long leadWorkerId) {}

  @Operation(summary = "Open a case from an intake")
  @PostMapping("/api/v1/intakes/{id}/case")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> openCase(@PathVariable long id, @RequestBody OpenCaseRequest in) {
    return Map.of(
        "caseId", handling.openCase(CurrentUsers.require(), id, in.title(), in.leadWorkerId()));
  }

  record JoinCaseRequest(@NotNull Long caseId) {}

  @Operation(summary = "Add an intake to an existing case")
  @PostMapping("/api/v1/intakes/{id}/join")
  void join(@PathVariable long id, @RequestBody JoinCaseRequest in) {
    handling.joinCase(CurrentUsers.require(), id, in.caseId());
  }

  record NoCaseRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reason) {}

  @Operation(summary = "Close an intake without a case, with a reason")
  @PostMapping("/api/v1/intakes/{id}/no-case")
  void noCase(@PathVariable long id, @RequestBody NoCaseRequest in) {
    handling.closeWithoutCase(CurrentUsers.require(), id, in.reason());
  }
}
