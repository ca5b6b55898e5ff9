package org.tsunagu.people.internal.consent;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.people.ConsentRequest;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.PeoplePermissions;
import org.tsunagu.people.internal.organization.Organizations;
import org.tsunagu.people.internal.person.PersonRegistry;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.DisplayFormats;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.Htmx;

@Controller
@WritePermission(PeoplePermissions.CONSENT_RECORD)
class ConsentPageController {

  private final Consents consents;
  private final PersonRegistry registry;
  private final Organizations organizations;

  ConsentPageController(Consents consents, PersonRegistry registry, Organizations organizations) {
    this.consents = consents;
    this.registry = registry;
    this.organizations = organizations;
  }

  /** The consent form: a page of its own, or loaded into the person page by htmx. */
  @GetMapping("/persons/{personId}/consents/new")
  String form(@PathVariable long personId, HttpServletRequest request, Model model) {
    CurrentUser user = CurrentUsers.require();
    if (!user.may(PeoplePermissions.CONSENT_RECORD)) {
      throw new org.springframework.security.access.AccessDeniedException("consent");
    }
    model.addAttribute("person", registry.open(user, personId));
    model.addAttribute("purposes", consents.purposes());
    model.addAttribute("organizations", organizations.choices());
    model.addAttribute("organizationTypes", OrganizationType.values());
    model.addAttribute("today", LocalDate.now(DisplayFormats.TOKYO));
    return Htmx.view(request, "people/consent-form", "form");
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
    ConsentRequest in =
        new ConsentRequest(
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
      return "redirect:/persons/" + personId + "/consents/new";
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
