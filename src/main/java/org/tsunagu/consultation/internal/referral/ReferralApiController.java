package org.tsunagu.consultation.internal.referral;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.consultation.DeclineReason;
import org.tsunagu.people.OrganizationSuggestion;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;
import org.tsunagu.platform.web.InputLimits;

/** Closed-loop referrals in the JSON API. */
@ApiController
@WritePermission(ConsultationPermissions.CASE_WORK)
class ReferralApiController {

  private final ReferralSending sending;
  private final ReferralAnswers answers;
  private final ReferrerFollowUp followUp;
  private final ReferralQueries queries;

  ReferralApiController(
      ReferralSending sending,
      ReferralAnswers answers,
      ReferrerFollowUp followUp,
      ReferralQueries queries) {
    this.sending = sending;
    this.answers = answers;
    this.followUp = followUp;
    this.queries = queries;
  }

  @Operation(summary = "Organisations to refer the case to, best first")
  @GetMapping("/api/v1/cases/{id}/referral-suggestions")
  List<OrganizationSuggestion> suggestions(@PathVariable long id) {
    return queries.suggestions(CurrentUsers.require(), id);
  }

  /** Refers the case to one or more organisations at once. */
  @Operation(summary = "Refer a case to one or more organisations")
  @PostMapping("/api/v1/cases/{id}/referrals")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, List<Long>> send(@PathVariable long id, @RequestBody ReferralSending.SendInput in) {
    return Map.of("ids", sending.send(CurrentUsers.require(), id, in));
  }

  /** box=received (to the caller's organisation) or sent. */
  @Operation(summary = "Referrals sent or received by the caller's organisation")
  @GetMapping("/api/v1/referrals")
  List<ReferralListItem> list(
      @RequestParam(defaultValue = "received") String box,
      @RequestParam(defaultValue = "false") boolean active,
      @RequestParam(defaultValue = "0") @Min(0) @Max(InputLimits.MAX_PAGE) int page) {
    var rows =
        "sent".equals(box)
            ? queries.sent(CurrentUsers.require(), active, page)
            : queries.received(CurrentUsers.require(), active, page);
    return rows.stream().map(ReferralListItem::of).toList();
  }

  /** Opening it as the receiver records the first opening (既読) the referrer sees. */
  @Operation(summary = "A referral, with the person only where shared on a basis (audited)")
  @GetMapping("/api/v1/referrals/{id}")
  ReferralResponse get(@PathVariable long id) {
    return ReferralResponse.of(queries.open(CurrentUsers.require(), id));
  }

  @Operation(summary = "Accept a referral (receiver only)")
  @PostMapping("/api/v1/referrals/{id}/accept")
  void accept(@PathVariable long id) {
    answers.accept(CurrentUsers.require(), id);
  }

  record ReasonRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reason) {}

  record DeclineRequest(
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              description =
                  "Why: out of the organisation's scope, outside its area, no capacity, no consent"
                      + " from the person, another organisation fits better, or other")
          DeclineReason reason,
      @Schema(description = "A free note beside the reason; required with OTHER", maxLength = 1000)
          String note) {}

  @Operation(summary = "Decline a referral (receiver only), with a reason from the list")
  @PostMapping("/api/v1/referrals/{id}/decline")
  void decline(@PathVariable long id, @RequestBody DeclineRequest in) {
    answers.decline(CurrentUsers.require(), id, in.reason(), in.note());
  }

  @Operation(summary = "Start working an accepted referral (receiver only)")
  @PostMapping("/api/v1/referrals/{id}/start")
  void start(@PathVariable long id) {
    answers.start(CurrentUsers.require(), id);
  }

  record CompleteRequest(
      @NotNull Referral.Outcome outcome,
      Referral.UnsuccessfulReason unsuccessfulReason,
      String note) {}

  @Operation(summary = "Report a referral complete, successful or not, with the reason")
  @PostMapping("/api/v1/referrals/{id}/complete")
  void complete(@PathVariable long id, @RequestBody CompleteRequest in) {
    answers.complete(CurrentUsers.require(), id, in.outcome(), in.unsuccessfulReason(), in.note());
  }

  @Operation(summary = "Withdraw a referral (referrer only), with a reason")
  @PostMapping("/api/v1/referrals/{id}/withdraw")
  void withdraw(@PathVariable long id, @RequestBody ReasonRequest in) {
    followUp.withdraw(CurrentUsers.require(), id, in.reason());
  }

  record BasisRequest(@NotNull Long basisId) {}

  @Operation(summary = "Share the person with the receiver on a basis recorded in the case")
  @PostMapping("/api/v1/referrals/{id}/basis")
  void basis(@PathVariable long id, @RequestBody BasisRequest in) {
    followUp.attachBasis(CurrentUsers.require(), id, in.basisId());
  }

  @Operation(summary = "Decide not to refer a returned referral again")
  @PostMapping("/api/v1/referrals/{id}/dismiss-return")
  void dismiss(@PathVariable long id) {
    followUp.dismissReturn(CurrentUsers.require(), id);
  }
}
