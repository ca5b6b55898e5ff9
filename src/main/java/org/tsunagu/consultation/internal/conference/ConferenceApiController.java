package org.tsunagu.consultation.internal.conference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.consultation.internal.casework.Plans;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;

/** Case conferences in the JSON API. */
@ApiController
@WritePermission(ConsultationPermissions.CONFERENCE_MANAGE)
class ConferenceApiController {

  private final Conferences conferences;
  private final ConferenceConvening convening;
  private final ConfidentialityAcknowledgements acknowledgements;
  private final ConferenceOutcomes outcomes;

  ConferenceApiController(
      Conferences conferences,
      ConferenceConvening convening,
      ConfidentialityAcknowledgements acknowledgements,
      ConferenceOutcomes outcomes) {
    this.conferences = conferences;
    this.convening = convening;
    this.acknowledgements = acknowledgements;
    this.outcomes = outcomes;
  }

  @Operation(summary = "Conferences the caller's organisation convened or takes part in")
  @GetMapping("/api/v1/conferences")
  List<ConferenceListItem> list() {
    return conferences.list(CurrentUsers.require()).stream().map(ConferenceListItem::of).toList();
  }

  @Operation(summary = "Convene a 支援会議 or 重層的支援会議 about cases")
  @PostMapping("/api/v1/conferences")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> convene(@RequestBody ConferenceConvening.NewConference in) {
    return Map.of("id", convening.convene(CurrentUsers.require(), in));
  }

  @Operation(summary = "A conference; minutes and decisions once confidentiality is acknowledged")
  @GetMapping("/api/v1/conferences/{id}")
  ConferenceResponse get(@PathVariable long id) {
    return ConferenceResponse.of(conferences.view(CurrentUsers.require(), id));
  }

  record MinutesRequest(
      @NotNull Integer version,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String minutes) {}

  @Operation(summary = "Record a conference's minutes (convener only)")
  @PostMapping("/api/v1/conferences/{id}/minutes")
  void minutes(@PathVariable long id, @RequestBody MinutesRequest in) {
    outcomes.recordMinutes(CurrentUsers.require(), id, in.version(), in.minutes());
  }

  /** The participant acknowledges the duty of confidentiality (守秘義務). */
  @Operation(summary = "Acknowledge the duty of confidentiality for oneself")
  @PostMapping("/api/v1/conference-participants/{id}/acknowledge")
  void acknowledge(@PathVariable long id) {
    acknowledgements.acknowledge(CurrentUsers.require(), id);
  }

  record DecisionRequest(
      @NotNull Long caseId,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String text,
      Plans.ActionInput action) {}

  @Operation(summary = "Record a decision about a case, perhaps with a plan action")
  @PostMapping("/api/v1/conferences/{id}/decisions")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> decide(@PathVariable long id, @RequestBody DecisionRequest in) {
    return Map.of(
        "id", outcomes.decide(CurrentUsers.require(), id, in.caseId(), in.text(), in.action()));
  }
}
