package org.tsunagu.watch.internal.alert;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
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

  private final AlertBoard board;
  private final AlertReading reading;
  private final AlertActions actions;
  private final Clock clock;

  AlertApiController(AlertBoard board, AlertReading reading, AlertActions actions, Clock clock) {
    this.board = board;
    this.reading = reading;
    this.actions = actions;
    this.clock = clock;
  }

  @Operation(summary = "Open alerts the caller may act on, and those closed in the last week")
  @GetMapping("/api/v1/watch/alerts")
  List<AlertResponses.AlertListItem> board() {
    CurrentUser user = CurrentUsers.require();
    if (!user.may(WatchPermissions.WATCH_ALERT)) {
      throw new NotFoundException();
    }
    return board.board(user, clock.instant().minus(Duration.ofDays(7))).stream()
        .map(AlertResponses::item)
        .toList();
  }

  @Operation(summary = "One alert with its steps, timeline and messages")
  @GetMapping("/api/v1/watch/alerts/{id}")
  AlertResponses.AlertResponse alert(@PathVariable long id) {
    return AlertResponses.of(reading.open(CurrentUsers.require(), id));
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
