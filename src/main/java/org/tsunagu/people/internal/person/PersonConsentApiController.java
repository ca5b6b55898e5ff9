package org.tsunagu.people.internal.person;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tsunagu.people.ConsentRequest;
import org.tsunagu.people.PeoplePermissions;
import org.tsunagu.people.internal.consent.Consents;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;
import org.tsunagu.platform.web.CreatedResponse;
import org.tsunagu.platform.web.DisplayFormats;

/** A person's consents (同意): listed, recorded and revoked. */
@ApiController
@Tag(name = "Persons")
@WritePermission(PeoplePermissions.CONSENT_RECORD)
class PersonConsentApiController {

  private final PersonRegistry registry;
  private final Consents consents;

  PersonConsentApiController(PersonRegistry registry, Consents consents) {
    this.registry = registry;
    this.consents = consents;
  }

  @Operation(summary = "A person's consents (同意)")
  @GetMapping("/api/v1/persons/{id}/consents")
  List<ConsentResponse> consents(@PathVariable long id) {
    registry.open(CurrentUsers.require(), id);
    LocalDate today = LocalDate.now(DisplayFormats.TOKYO);
    return consents.forPerson(id).stream().map(c -> ConsentResponse.of(c, today)).toList();
  }

  @Operation(summary = "Record a person's consent for a purpose and scope")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/v1/persons/{id}/consents")
  ResponseEntity<CreatedResponse> recordConsent(
      @PathVariable long id, @RequestBody ConsentRequest in) {
    long consentId = consents.record(CurrentUsers.require(), id, in);
    return ResponseEntity.status(201).body(new CreatedResponse(consentId));
  }

  record RevokeRequest(String reason) {}

  @Operation(summary = "Revoke a consent, effective at once")
  @PostMapping("/api/v1/consents/{id}/revoke")
  ResponseEntity<Void> revoke(
      @PathVariable long id, @RequestBody(required = false) RevokeRequest r) {
    consents.revoke(CurrentUsers.require(), id, r == null ? null : r.reason());
    return ResponseEntity.noContent().build();
  }
}
