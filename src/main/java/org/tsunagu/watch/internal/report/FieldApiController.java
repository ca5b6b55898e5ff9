package org.tsunagu.watch.internal.report;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.tsunagu.platform.idempotency.IdempotentResult;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.watch.WatchPermissions;

/**
 * What a driver's or watcher's phone does in the JSON API: today's route, door reports and
 * contacts. Writes take an {@code Idempotency-Key}: sent twice, stored once.
 */
@ApiController
@WritePermission(WatchPermissions.WATCH_REPORT)
class FieldApiController {

  /** A household on the route: only what a driver needs. */
  record RouteStopResponse(
      long targetId,
      LocalTime time,
      String contactKind,
      String name,
      String address,
      String area,
      String phone,
      String notesForDrivers,
      boolean contactedToday,
      boolean reportedToday) {

    static RouteStopResponse of(Route.Stop s) {
      return new RouteStopResponse(
          s.targetId(),
          s.atTime(),
          s.kind(),
          s.personName(),
          s.address(),
          s.areaName(),
          s.phone(),
          s.driverNotes(),
          s.contactedToday(),
          s.reportedToday());
    }
  }

  private final Route route;
  private final Observations observations;
  private final CheckIns checkIns;
  private final Clock clock;

  FieldApiController(Route route, Observations observations, CheckIns checkIns, Clock clock) {
    this.route = route;
    this.observations = observations;
    this.checkIns = checkIns;
    this.clock = clock;
  }

  @Operation(
      summary = "Today's route: the caller's expected contacts by time, then the others they watch")
  @GetMapping("/api/v1/watch/route")
  List<RouteStopResponse> route(@RequestParam(required = false) String name) {
    CurrentUser user = CurrentUsers.require();
    if (!user.may(WatchPermissions.WATCH_REPORT)) {
      throw new NotFoundException();
    }
    return route.of(user, LocalDate.now(clock), name).stream().map(RouteStopResponse::of).toList();
  }

  @Operation(summary = "Send a door report (異変通報); it opens an alert. Send Idempotency-Key")
  @PostMapping("/api/v1/watch/observations")
  ResponseEntity<Map<String, Long>> observe(
      @RequestBody ObservationInput in,
      @RequestHeader(value = "Idempotency-Key", required = false) String key) {
    return created(observations.report(CurrentUsers.require(), in, key));
  }

  @Operation(summary = "Record a contact that happened (接触の記録). Send Idempotency-Key")
  @PostMapping("/api/v1/watch/check-ins")
  ResponseEntity<Map<String, Long>> checkIn(
      @RequestBody CheckInInput in,
      @RequestHeader(value = "Idempotency-Key", required = false) String key) {
    return created(checkIns.record(CurrentUsers.require(), in, key));
  }

  static ResponseEntity<Map<String, Long>> created(IdempotentResult result) {
    var response = ResponseEntity.status(HttpStatus.CREATED);
    if (result.replayed()) {
      response.header("Idempotent-Replayed", "true");
    }
    return response.body(Map.of("id", result.id()));
  }
}
