package org.tsunagu.consultation.internal.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.people.ConsentRequest;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;
import org.tsunagu.platform.web.ApiLocales;
import org.tsunagu.platform.web.InputLimits;

/** Cases, their timeline, plan and sharing bases in the JSON API. */
@ApiController
@WritePermission(ConsultationPermissions.CASE_WORK)
class CaseApiController {

  private final CaseQueries queries;
  private final CaseWork work;
  private final CaseClosing closing;
  private final Plans plans;
  private final PlanReviews reviews;
  private final CaseBases bases;
  private final MessageSource messages;
  private final Clock clock;

  CaseApiController(
      CaseQueries queries,
      CaseWork work,
      CaseClosing closing,
      Plans plans,
      PlanReviews reviews,
      CaseBases bases,
      MessageSource messages,
      Clock clock) {
    this.queries = queries;
    this.work = work;
    this.closing = closing;
    this.plans = plans;
    this.reviews = reviews;
    this.bases = bases;
    this.messages = messages;
    this.clock = clock;
  }

  /** Cases the caller's organisation leads (50 a page; a 51st row says there is more). */
  @Operation(summary = "Cases the caller's organisation leads")
  @GetMapping("/api/v1/cases")
  List<CaseListItem> led(
      @RequestParam(defaultValue = "false") boolean mine,
      @RequestParam(defaultValue = "false") boolean closed,
      @RequestParam(defaultValue = "0") @Min(0) @Max(InputLimits.MAX_PAGE) int page) {
    return queries.led(CurrentUsers.require(), mine, closed, page).stream()
        .map(CaseListItem::of)
        .toList();
  }

  @Operation(summary = "A case with its timeline and plan (audited)")
  @GetMapping("/api/v1/cases/{id}")
  CaseResponse get(@PathVariable long id, HttpServletRequest request) {
    return CaseResponse.of(
        queries.open(CurrentUsers.require(), id), messages, ApiLocales.resolve(request));
  }

  record EntryRequest(
      @NotNull EntryKind kind,
      Instant occurredAt,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String summary) {}

  @Operation(summary = "Add a contact, visit, call, outreach, decision or note")
  @PostMapping("/api/v1/cases/{id}/entries")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> entry(@PathVariable long id, @RequestBody EntryRequest in) {
    return Map.of(
        "id",
        work.addEntry(
            CurrentUsers.require(),
            id,
            in.kind(),
            in.occurredAt() == null ? clock.instant() : in.occurredAt(),
            in.summary()));
  }

  record StatusRequest(@NotNull Integer version, @NotNull CaseStatus status) {}

  @Operation(summary = "Change a case's status (version must match)")
  @PutMapping("/api/v1/cases/{id}/status")
  void status(@PathVariable long id, @RequestBody StatusRequest in) {
    work.changeStatus(CurrentUsers.require(), id, in.version(), in.status());
  }

  record WorkerRequest(@NotNull Integer version, Long leadWorkerId) {}

  @Operation(summary = "Assign the lead organisation's worker")
  @PutMapping("/api/v1/cases/{id}/lead-worker")
  void worker(@PathVariable long id, @RequestBody WorkerRequest in) {
    work.assignWorker(CurrentUsers.require(), id, in.version(), in.leadWorkerId());
  }

  record NeedsRequest(@NotNull Integer version, @NotNull Set<SupportDomain> needs) {}

  @Operation(summary = "Replace a case's needs by domain")
  @PutMapping("/api/v1/cases/{id}/needs")
  void needs(@PathVariable long id, @RequestBody NeedsRequest in) {
    work.setNeeds(CurrentUsers.require(), id, in.version(), in.needs());
  }

  record CloseRequest(@NotNull Integer version, @NotNull ClosedReason reason, String note) {}

  @Operation(summary = "Close a case with a reason")
  @PostMapping("/api/v1/cases/{id}/close")
  void close(@PathVariable long id, @RequestBody CloseRequest in) {
    closing.close(CurrentUsers.require(), id, in.version(), in.reason(), in.note());
  }

  record GoalRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String text) {}

  @Operation(summary = "Add a goal to the support plan")
  @PostMapping("/api/v1/cases/{id}/goals")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> goal(@PathVariable long id, @RequestBody GoalRequest in) {
    return Map.of("id", plans.addGoal(CurrentUsers.require(), id, in.text()));
  }

  record GoalStatusRequest(@NotNull Plans.GoalStatus status) {}

  @Operation(summary = "Mark a support plan goal achieved or dropped")
  @PostMapping("/api/v1/plan-goals/{id}/status")
  void goalStatus(@PathVariable long id, @RequestBody GoalStatusRequest in) {
    plans.setGoalStatus(CurrentUsers.require(), id, in.status());
  }

  @Operation(summary = "Add a plan action: who does what by when")
  @PostMapping("/api/v1/cases/{id}/actions")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> action(@PathVariable long id, @RequestBody Plans.ActionInput in) {
    return Map.of("id", plans.addAction(CurrentUsers.require(), id, in));
  }

  record ActionStatusRequest(@NotNull Plans.ActionStatus status) {}

  @Operation(summary = "Mark a plan action done or cancelled")
  @PostMapping("/api/v1/plan-actions/{id}/status")
  void actionStatus(@PathVariable long id, @RequestBody ActionStatusRequest in) {
    plans.setActionStatus(CurrentUsers.require(), id, in.status());
  }

  record ReviewRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate reviewedOn,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String note,
      LocalDate nextReviewOn) {}

  @Operation(summary = "Record a support plan review and the next review date")
  @PostMapping("/api/v1/cases/{id}/reviews")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> review(@PathVariable long id, @RequestBody ReviewRequest in) {
    return Map.of(
        "id",
        reviews.review(CurrentUsers.require(), id, in.reviewedOn(), in.note(), in.nextReviewOn()));
  }

  record ConsentBasisRequest(@NotNull ConsentRequest consent, String note) {}

  /** The person's consent to share for a consultation, recorded in the registry. */
  @Operation(summary = "Record the person's consent to share as a basis")
  @PostMapping("/api/v1/cases/{id}/bases/consent")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> consent(@PathVariable long id, @RequestBody ConsentBasisRequest in) {
    return Map.of("id", bases.recordConsent(CurrentUsers.require(), id, in.consent(), in.note()));
  }

  record LegalBasisRequest(
      @NotNull CaseBases.Kind kind,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reason,
      Long conferenceId) {}

  /** A 支援会議 (社会福祉法 第106条の6) or an emergency: who decided is the caller. */
  @Operation(summary = "Record a 支援会議 or emergency basis for sharing")
  @PostMapping("/api/v1/cases/{id}/bases")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> legal(@PathVariable long id, @RequestBody LegalBasisRequest in) {
    return Map.of(
        "id",
        bases.recordLegal(CurrentUsers.require(), id, in.kind(), in.reason(), in.conferenceId()));
  }

  @Operation(summary = "End a sharing basis and all access it granted")
  @PostMapping("/api/v1/case-bases/{id}/end")
  void endBasis(@PathVariable long id) {
    bases.end(CurrentUsers.require(), id);
  }
}
