package org.tsunagu.watch.internal.disaster;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;
import org.tsunagu.platform.web.InputLimits;

/** The disaster support registry in the JSON API. */
@ApiController
@WritePermission(org.tsunagu.watch.WatchPermissions.DISASTER_REGISTRY_MANAGE)
class DisasterApiController {

  /** An entry with its statutory fields and evacuation plan. */
  record RegistrantResponse(
      long id,
      long personId,
      String name,
      java.time.LocalDate birthDate,
      String sex,
      String address,
      String phone,
      String reason,
      String association,
      String emergencyContact,
      String emergencyPhone,
      String supporterName,
      String supporterPhone,
      String destination,
      String route,
      String specialNeeds,
      boolean consentToShare) {

    static RegistrantResponse of(Registrants.Entry e) {
      return new RegistrantResponse(
          e.id(),
          e.personId(),
          e.name(),
          e.birthDate(),
          e.sex(),
          e.address(),
          e.phone(),
          e.reason(),
          e.association(),
          e.emergencyContact(),
          e.emergencyPhone(),
          e.supporterName(),
          e.supporterPhone(),
          e.destination(),
          e.route(),
          e.specialNeeds(),
          e.consented());
    }
  }

  private final Registrants registrants;
  private final DisasterRegistry registry;

  DisasterApiController(Registrants registrants, DisasterRegistry registry) {
    this.registrants = registrants;
    this.registry = registry;
  }

  @Operation(
      summary =
          "Entries of the disaster support registry shared with the caller's organisation, 100 a page")
  @GetMapping("/api/v1/watch/disaster-registry")
  List<RegistrantResponse> list(
      @RequestParam(defaultValue = "0") @Min(0) @Max(InputLimits.MAX_PAGE) int page) {
    return registrants.shared(CurrentUsers.require(), 100, page * 100).stream()
        .map(RegistrantResponse::of)
        .toList();
  }

  @Operation(summary = "One entry of the disaster support registry")
  @GetMapping("/api/v1/watch/disaster-registry/{id}")
  RegistrantResponse entry(@PathVariable long id) {
    return RegistrantResponse.of(registrants.open(CurrentUsers.require(), id));
  }

  @Operation(summary = "Add a person to the disaster support registry (避難行動要支援者名簿) with their plan")
  @PostMapping("/api/v1/watch/disaster-registry")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> register(@RequestBody RegistrantInput in) {
    return Map.of("id", registry.register(CurrentUsers.require(), in));
  }
}
