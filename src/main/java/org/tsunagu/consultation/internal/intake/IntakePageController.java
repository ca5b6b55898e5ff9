package org.tsunagu.consultation.internal.intake;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.consultation.internal.casework.CaseQueries;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;
import org.tsunagu.platform.web.Htmx;
import org.tsunagu.platform.web.InputLimits;

/**
 * Intake screens at the receiving organisation: the list of what reached it, and one intake with
 * what to do next (name the person, open or join a case, or close it without one). The card and the
 * office form are {@link IntakeCardPageController} and {@link IntakeFormPageController}.
 */
@Controller
@WritePermission(ConsultationPermissions.CASE_WORK)
class IntakePageController {

  private final IntakeHandling handling;
  private final IntakeQueries queries;
  private final PeopleApi people;
  private final CaseQueries cases;

  IntakePageController(
      IntakeHandling handling, IntakeQueries queries, PeopleApi people, CaseQueries cases) {
    this.handling = handling;
    this.queries = queries;
    this.people = people;
    this.cases = cases;
  }

  @GetMapping("/intakes")
  String list(
      @RequestParam(defaultValue = "true") boolean newOnly,
      @RequestParam(defaultValue = "0") @Min(0) @Max(InputLimits.MAX_PAGE) int page,
      Model model) {
    CurrentUser user = requireCaseWork();
    List<IntakeQueries.Row> rows = queries.received(user, newOnly, page);
    model.addAttribute("rows", rows.size() > 50 ? rows.subList(0, 50) : rows);
    model.addAttribute("hasNext", rows.size() > 50);
    model.addAttribute("page", page);
    model.addAttribute("newOnly", newOnly);
    return "consultation/intakes";
  }

  @GetMapping("/intakes/{id}")
  String show(@PathVariable long id, @RequestParam(required = false) Long candidate, Model model) {
    CurrentUser user = CurrentUsers.require();
    Intake intake = queries.open(user, id);
    model.addAttribute("intake", intake);
    model.addAttribute(
        "person",
        intake.personId() == null
            ? null
            : people.findVisible(user, intake.personId()).orElse(null));
    model.addAttribute(
        "candidate",
        candidate == null || intake.personId() != null
            ? null
            : people.findVisible(user, candidate).orElse(null));
    model.addAttribute("receiver", intake.receivingOrgId() == user.organizationId());
    FormErrors.addUnlessPresent(model);
    return "consultation/intake";
  }

  /** Names travel in the body, never in the URL. */
  @PostMapping("/intakes/{id}/person-search")
  String searchPerson(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String q,
      HttpServletRequest request,
      Model model) {
    CurrentUser user = requireCaseWork();
    queries.open(user, id);
    String query = q.length() > 100 ? q.substring(0, 100) : q;
    model.addAttribute("hits", query.isBlank() ? List.of() : people.search(user, query, 10));
    model.addAttribute("intakeId", id);
    model.addAttribute("q", query);
    return Htmx.view(request, "consultation/intake-person-search", "hits");
  }

  @PostMapping("/intakes/{id}/person")
  String identify(@PathVariable long id, @RequestParam long personId, RedirectAttributes redirect) {
    handling.identify(requireCaseWork(), id, personId);
    redirect.addFlashAttribute("notice", "intake.identified");
    return "redirect:/intakes/" + id;
  }

  @PostMapping("/intakes/{id}/case")
  String openCase(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String title,
      Model model,
      RedirectAttributes redirect) {
    try {
      long caseId = handling.openCase(requireCaseWork(), id, title, null);
      redirect.addFlashAttribute("notice", "intake.caseOpened");
      return "redirect:/cases/" + caseId;
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      return show(id, null, model);
    }
  }

  @PostMapping("/intakes/{id}/join")
  String join(@PathVariable long id, @RequestParam long caseId, RedirectAttributes redirect) {
    handling.joinCase(requireCaseWork(), id, caseId);
    redirect.addFlashAttribute("notice", "intake.joined");
    return "redirect:/cases/" + caseId;
  }

  @PostMapping("/intakes/{id}/no-case")
  String noCase(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String reason,
      Model model,
      RedirectAttributes redirect) {
    try {
      handling.closeWithoutCase(requireCaseWork(), id, reason);
      redirect.addFlashAttribute("notice", "intake.closed");
      return "redirect:/intakes";
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      return show(id, null, model);
    }
  }

  /** Cases of the organisation an intake may join: the open ones. */
  @GetMapping("/intakes/{id}/join")
  String joinChoices(@PathVariable long id, Model model) {
    CurrentUser user = requireCaseWork();
    model.addAttribute("intake", queries.open(user, id));
    model.addAttribute("cases", cases.led(user, false, false, 0));
    return "consultation/intake-join";
  }

  static CurrentUser requireCaseWork() {
    CurrentUser user = CurrentUsers.require();
    user.require(ConsultationPermissions.CASE_WORK);
    return user;
  }
}
