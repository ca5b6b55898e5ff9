package org.tsunagu.watch.internal.target;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;
import org.tsunagu.platform.web.InputLimits;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.watch.WatchPermissions;
import org.tsunagu.watch.internal.chain.ChainRequest;
import org.tsunagu.watch.internal.chain.StepResponse;

/** Watch targets in the JSON API, for coordinators. */
@ApiController
@WritePermission(WatchPermissions.WATCH_MANAGE)
class TargetApiController {

  record TargetListItem(
      long id,
      String personName,
      String agreement,
      int watchers,
      int openAlerts,
      Instant lastContact) {}

  record TargetResponse(
      long id,
      long personId,
      String personName,
      String address,
      String phone,
      String agreement,
      String keyHolder,
      String doctor,
      String notes,
      String notesForDrivers,
      List<TargetDetails.Contact> contacts,
      List<TargetDetails.WatcherRow> watchers,
      List<TargetDetails.Expected> expectedContacts,
      boolean ownChain,
      List<StepResponse> chain) {}

  private final TargetRegistration registration;
  private final Targets targets;
  private final TargetReading reading;
  private final org.tsunagu.watch.internal.chain.Chains chains;
  private final TargetChains targetChains;
  private final TargetEnding ending;

  TargetApiController(
      TargetRegistration registration,
      Targets targets,
      TargetReading reading,
      org.tsunagu.watch.internal.chain.Chains chains,
      TargetChains targetChains,
      TargetEnding ending) {
    this.ending = ending;
    this.targetChains = targetChains;
    this.registration = registration;
    this.targets = targets;
    this.reading = reading;
    this.chains = chains;
  }

  @Operation(
      summary =
          "Register a watch target with the person's consent, contacts, watchers and schedule")
  @PostMapping("/api/v1/watch/targets")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> register(@RequestBody TargetInput in) {
    return Map.of("id", registration.register(CurrentUsers.require(), in));
  }

  @Operation(
      summary =
          "Replace the target's own escalation chain (checked); an empty list gives it its"
              + " agreement's again")
  @PutMapping("/api/v1/watch/targets/{id}/chain")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void replaceChain(@PathVariable long id, @RequestBody ChainRequest in) {
    targetChains.replace(CurrentUsers.require(), id, in.steps());
  }

  record EndRequest(@jakarta.validation.constraints.NotNull String reason) {}

  @Operation(
      summary = "End the watch over the person (moved, asked to stop): routes and timers stop")
  @PostMapping("/api/v1/watch/targets/{id}/end")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void end(@PathVariable long id, @RequestBody EndRequest in) {
    ending.end(CurrentUsers.require(), id, in.reason());
  }

  @Operation(summary = "The watch targets of the caller's organisation, 100 a page")
  @GetMapping("/api/v1/watch/targets")
  List<TargetListItem> targets(
      @RequestParam(defaultValue = "0") @Min(0) @Max(InputLimits.MAX_PAGE) int page) {
    CurrentUser user = CurrentUsers.require();
    if (!user.may(WatchPermissions.WATCH_MANAGE)) {
      throw new NotFoundException();
    }
    return targets.ofOrganization(user, 100, page * 100).stream()
        .map(
            r ->
                new TargetListItem(
                    r.id(),
                    r.personName(),
                    r.agreementName(),
                    r.watchers(),
                    r.openAlerts(),
                    r.lastContact()))
        .toList();
  }

  @Operation(summary = "One watch target")
  @GetMapping("/api/v1/watch/targets/{id}")
  TargetResponse target(@PathVariable long id) {
    TargetReading.View v = reading.open(CurrentUsers.require(), id);
    TargetDetails t = v.target();
    return new TargetResponse(
        t.id(),
        t.personId(),
        v.person().person().fullName(),
        v.person().address(),
        v.person().phone(),
        t.agreementName(),
        t.keyHolder(),
        t.doctor(),
        t.notes(),
        t.driverNotes(),
        t.contacts(),
        t.watchers(),
        t.expected(),
        v.ownChain(),
        v.chain().stream().map(StepResponse::of).toList());
  }
}
