package org.tsunagu.watch.internal.agreement;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;
import org.tsunagu.watch.WatchPermissions;
import org.tsunagu.watch.internal.chain.ChainRequest;
import org.tsunagu.watch.internal.chain.Chains;
import org.tsunagu.watch.internal.chain.StepResponse;

/** Watch agreements (見守り協定) and their chains in the JSON API. */
@ApiController
@WritePermission(WatchPermissions.WATCH_MANAGE)
class AgreementApiController {

  record AgreementResponse(
      long id,
      String name,
      long organizationId,
      String organizationName,
      long municipalityId,
      String municipalityName,
      Long areaId,
      String deskName,
      String deskPhone,
      LocalTime deskOpens,
      LocalTime deskCloses,
      LocalDate signedOn,
      List<StepResponse> steps) {}

  private final Agreements agreements;
  private final Chains chains;

  AgreementApiController(Agreements agreements, Chains chains) {
    this.agreements = agreements;
    this.chains = chains;
  }

  @Operation(summary = "Watch agreements (見守り協定) the caller's organisation is a party to")
  @GetMapping("/api/v1/watch/agreements")
  List<AgreementResponse> agreements() {
    return agreements.of(CurrentUsers.require()).stream()
        .map(
            a ->
                new AgreementResponse(
                    a.id(),
                    a.name(),
                    a.organizationId(),
                    a.organizationName(),
                    a.municipalityId(),
                    a.municipalityName(),
                    a.areaId(),
                    a.deskName(),
                    a.deskPhone(),
                    a.deskOpens(),
                    a.deskCloses(),
                    a.signedOn(),
                    chains.forAgreement(a.id()).stream().map(StepResponse::of).toList()))
        .toList();
  }

  @Operation(
      summary = "Record a watch agreement with its escalation chain (checked: none may dead-end)")
  @PostMapping("/api/v1/watch/agreements")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> createAgreement(@RequestBody AgreementInput in) {
    return Map.of("id", agreements.create(CurrentUsers.require(), in));
  }

  @Operation(summary = "Replace an agreement's escalation chain (checked)")
  @PutMapping("/api/v1/watch/agreements/{id}/chain")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void replaceAgreementChain(@PathVariable long id, @RequestBody ChainRequest in) {
    agreements.replaceChain(CurrentUsers.require(), id, in.steps());
  }
}
