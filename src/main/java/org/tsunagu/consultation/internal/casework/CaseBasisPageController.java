package org.tsunagu.consultation.internal.casework;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.people.ConsentRequest;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FormErrors;
import org.tsunagu.platform.web.Htmx;

/** The case page's sharing bases: the person's consent, a legal basis, and ending a basis. */
@Controller
@WritePermission(ConsultationPermissions.CASE_WORK)
class CaseBasisPageController {

  private final CaseBases bases;
  private final PeopleApi people;
  private final CaseAccess access;
  private final Clock clock;
  private final CasePage page;

  CaseBasisPageController(
      CaseBases bases, PeopleApi people, CaseAccess access, Clock clock, CasePage page) {
    this.bases = bases;
    this.people = people;
    this.access = access;
    this.clock = clock;
    this.page = page;
  }

  /** The consent form, on its own page or loaded into the case page by htmx. */
  @GetMapping("/cases/{id}/consent/new")
  String consentForm(@PathVariable long id, HttpServletRequest request, Model model) {
    return Htmx.view(request, consentPage(id, model), "form");
  }

  private String consentPage(long id, Model model) {
    CurrentUser user = CurrentUsers.require();
    model.addAttribute("c", access.open(user, id));
    model.addAttribute("organizations", people.organizations());
    model.addAttribute("orgTypes", OrganizationType.values());
    model.addAttribute("today", LocalDate.now(clock));
    FormErrors.addUnlessPresent(model);
    return "consultation/case-consent";
  }

  @PostMapping("/cases/{id}/bases/consent")
  String consent(
      @PathVariable long id,
      @RequestParam(required = false) String scopeOrganizationType,
      @RequestParam(required = false) Long scopeOrganizationId,
      @RequestParam(defaultValue = "PERSON") String givenBy,
      @RequestParam(required = false) String proxyName,
      @RequestParam(required = false) String proxyRelationship,
      @RequestParam(defaultValue = "ORAL") String method,
      @RequestParam(defaultValue = "") String givenOn,
      Model model,
      RedirectAttributes redirect) {
    model.addAttribute("proxyName", proxyName);
    model.addAttribute("proxyRelationship", proxyRelationship);
    return page.act(
        id,
        model,
        redirect,
        "bases",
        () -> consentPage(id, model),
        () -> {
          bases.recordConsent(
              CurrentUsers.require(),
              id,
              new ConsentRequest(
                  CaseAccess.PURPOSE,
                  scopeOrganizationId,
                  blank(scopeOrganizationType) ? null : scopeOrganizationType,
                  givenBy,
                  proxyName,
                  proxyRelationship,
                  method,
                  givenOn,
                  null),
              null);
          return "basis.recorded";
        });
  }

  @PostMapping("/cases/{id}/bases")
  String legal(
      @PathVariable long id,
      @RequestParam(required = false) CaseBases.Kind kind,
      @RequestParam(defaultValue = "") String reason,
      Model model,
      RedirectAttributes redirect) {
    return page.act(
        id,
        model,
        redirect,
        "bases",
        () -> {
          bases.recordLegal(CurrentUsers.require(), id, kind, reason, null);
          return "basis.recorded";
        });
  }

  @PostMapping("/case-bases/{basisId}/end")
  String endBasis(
      @PathVariable long basisId, @RequestParam long caseId, RedirectAttributes redirect) {
    bases.end(CurrentUsers.require(), basisId);
    redirect.addFlashAttribute("notice", "basis.ended.notice");
    return CasePage.redirect(caseId, "bases");
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
