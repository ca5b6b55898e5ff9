package org.tsunagu.people.internal.consent;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.web.FieldErrorsException;

@Controller
class ConsentPageController {

  private final Consents consents;

  ConsentPageController(Consents consents) {
    this.consents = consents;
  }

  @PostMapping("/persons/{personId}/consents")
  String record(
      @PathVariable long personId,
      @RequestParam(required = false) String purpose,
      @RequestParam(required = false) String scope,
      @RequestParam(required = false) String givenBy,
      @RequestParam(required = false) String proxyName,
      @RequestParam(required = false) String proxyRelationship,
      @RequestParam(required = false) String method,
      @RequestParam(required = false) String givenOn,
      @RequestParam(required = false) String endsOn,
      RedirectAttributes redirect) {
    Long orgId = null;
    String orgType = null;
    if (scope != null && scope.startsWith("org:")) {
      try {
        orgId = Long.parseLong(scope.substring(4));
      } catch (NumberFormatException e) {
        orgId = -1L;
      }
    } else if (scope != null && scope.startsWith("type:")) {
      orgType = scope.substring(5);
    }
    ConsentInput in =
        new ConsentInput(
            purpose,
            orgId,
            orgType,
            givenBy,
            proxyName,
            proxyRelationship,
            method,
            givenOn,
            endsOn);
    try {
      consents.record(CurrentUsers.require(), personId, in);
      redirect.addFlashAttribute("notice", "consent.recorded");
    } catch (FieldErrorsException e) {
      redirect.addFlashAttribute("consentErrors", e.problems());
      redirect.addFlashAttribute("consentInput", in);
      redirect.addFlashAttribute("consentScope", scope);
    }
    return "redirect:/persons/" + personId + "#consents";
  }

  @PostMapping("/consents/{id}/revoke")
  String revoke(
      @PathVariable long id,
      @RequestParam long personId,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    consents.revoke(CurrentUsers.require(), id, reason);
    redirect.addFlashAttribute("notice", "consent.revoked");
    return "redirect:/persons/" + personId + "#consents";
  }
}
