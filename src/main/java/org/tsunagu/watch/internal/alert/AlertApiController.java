package org.tsunagu.watch.internal.alert;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.watch.WatchPermissions;

/** Alerts in the JSON API: the board, one alert with its timeline, acknowledging and closing. */
@ApiController
@WritePermission(WatchPermissions.WATCH_ALERT)
class AlertApiController {

  enum Outcome {
    SAFE,
    NOT_AT_HOME,
    HOSPITAL,
    EMERGENCY_TRANSPORT,
    DECEASED,
    OTHER
  }

  record CloseRequest(
      @NotNull @Schema(implementation = Outcome.class, requiredMode = Schema.RequiredMode.REQUIRED)
          String outcome,
      String note) {}

  record AlertListItem(
      long id,
      Instant openedAt,
      String cause,
      boolean danger,
      String status,
      boolean chainExhausted,
      String waitingFor,
      Instant stepDueAt,
      boolean waitingForCaller,
      String personName,
      String outcome) {}

  record StepResponse(
      int position,
      String receiver,
      String receiverKind,
      String channel,
      int ackMinutes,
      boolean officeHoursOnly,
      Instant notifiedAt,
      Instant dueAt,
      String outcome) {}

  record EventResponse(Instant at, String kind, Integer step, String by, String detail) {}

  record MessageResponse(
      Integer step,
      String receiver,
      String channel,
      String status,
      Instant sentAt,
      Instant openedAt,
      Instant acknowledgedAt) {}

  record AlertResponse(
      long id,
      String cause,
      boolean danger,
      String status,
      Instant openedAt,
      List<String> signs,
      String reportNote,
      Instant observedAt,
      Long minutesLate,
      Instant missedAt,
      String personName,
      String address,
      String phone,
      String keyHolder,
      String acknowledgedBy,
      Instant acknowledgedAt,
      String outcome,
      String outcomeNote,
      Instant closedAt,
      List<StepResponse> steps,
      List<EventResponse> timeline,
      List<MessageResponse> messages) {}

  private final AlertQueries queries;
  private final AlertReading reading;
  private final AlertActions actions;
  private final Clock clock;

  AlertApiController(
      AlertQueries queries, AlertReading reading, AlertActions actions, Clock clock) {
    this.queries = queries;
    this.reading = reading;
    this.actions = actions;
    this.clock = clock;
  }

  @Operation(summary = "Open alerts the caller may act on, and those closed in the last week")
  @GetMapping("/api/v1/watch/alerts")
  List<AlertListItem> board() {
    CurrentUser user = CurrentUsers.require();
    if (!user.may(WatchPermissions.WATCH_ALERT)) {
      throw new NotFoundException();
    }
    return queries.board(user, clock.instant().minus(Duration.ofDays(7))).stream()
        .map(
            r ->
                new AlertListItem(
                    r.id(),
                    r.openedAt(),
                    r.cause(),
                    r.danger(),
                    r.status(),
                    r.exhausted(),
                    r.receiverName(),
                    r.stepDueAt(),
                    r.waitingForViewer(),
                    r.personName(),
                    r.outcome()))
        .toList();
  }

  @Operation(summary = "One alert with its steps, timeline and messages")
  @GetMapping("/api/v1/watch/alerts/{id}")
  AlertResponse alert(@PathVariable long id) {
    AlertView v = reading.open(CurrentUsers.require(), id);
    var a = v.alert();
    var r = v.report();
    return new AlertResponse(
        a.id(),
        a.cause(),
        a.danger(),
        a.status(),
        a.openedAt(),
        r == null ? List.of() : r.signList(),
        r == null ? null : r.note(),
        r == null ? null : r.observedAt(),
        r == null ? null : r.lateMinutes(),
        a.missedAt(),
        v.person().name(),
        v.person().address(),
        v.person().phone(),
        v.target().keyHolder(),
        a.acknowledgedName(),
        a.acknowledgedAt(),
        a.outcome(),
        a.outcomeNote(),
        a.closedAt(),
        v.steps().stream()
            .map(
                s ->
                    new StepResponse(
                        s.position(),
                        s.receiverName(),
                        s.receiverKind(),
                        s.channel(),
                        s.ackMinutes(),
                        s.officeHoursOnly(),
                        s.notifiedAt(),
                        s.dueAt(),
                        s.outcome()))
            .toList(),
        v.events().stream()
            .map(e -> new EventResponse(e.at(), e.kind(), e.position(), e.actorName(), e.detail()))
            .toList(),
        v.messages().stream()
            .map(
                m ->
                    new MessageResponse(
                        m.position(),
                        m.receiverName(),
                        m.channel(),
                        m.status(),
                        m.sentAt(),
                        m.openedAt(),
                        m.acknowledgedAt()))
            .toList());
  }

  @Operation(
      summary =
          "Acknowledge (確認): the caller takes the alert; escalation and pending messages stop")
  @PostMapping("/api/v1/watch/alerts/{id}/acknowledge")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void acknowledge(@PathVariable long id) {
    actions.acknowledge(CurrentUsers.require(), id);
  }

  @Operation(summary = "Close the alert with its outcome")
  @PostMapping("/api/v1/watch/alerts/{id}/close")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void close(@PathVariable long id, @RequestBody CloseRequest in) {
    actions.close(CurrentUsers.require(), id, in.outcome(), in.note());
  }
}
