package org.tsunagu.consultation.internal.casework;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FormErrors;
import org.tsunagu.platform.web.Htmx;

/** The case page's plan tab: goals, plan actions and their status, reviews and the review date. */
@Controller
@WritePermission(ConsultationPermissions.CASE_WORK)
class CasePlanPageController {

  private final Plans plans;
  private final PlanReviews reviews;
  private final PeopleApi people;
  private final CaseAccess access;
  private final CasePage page;

  CasePlanPageController(
      Plans plans, PlanReviews reviews, PeopleApi people, CaseAccess access, CasePage page) {
    this.plans = plans;
    this.reviews = reviews;
    this.people = people;
    this.access = access;
    this.page = page;
  }

  /** The plan action form, on its own page or loaded into the case page by htmx. */
  @GetMapping("/cases/{id}/actions/new")
  String actionForm(@PathVariable long id, HttpServletRequest request, Model model) {
    return Htmx.view(request, actionPage(id, model), "form");
  }

  private String actionPage(long id, Model model) {
    CurrentUser user = CurrentUsers.require();
    SupportCase c = access.open(user, id);
    model.addAttribute("c", c);
    model.addAttribute("organizations", people.organizations());
    model.addAttribute(
        "workers",
        c.leadOrgId() == user.organizationId() ? page.workers(user.organizationId()) : List.of());
    FormErrors.addUnlessPresent(model);
    return "consultation/case-action";
  }

  @PostMapping("/cases/{id}/goals")
  String goal(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String goal,
      Model model,
      RedirectAttributes redirect) {
    return page.act(
        id,
        model,
        redirect,
        "plan",
        () -> {
          plans.addGoal(CurrentUsers.require(), id, goal);
          return "plan.goalAdded";
        });
  }

  @PostMapping("/cases/{id}/actions")
  String action(
      @PathVariable long id,
      @RequestParam(required = false) Long goalId,
      @RequestParam(defaultValue = "") String description,
      @RequestParam(required = false) Long responsibleOrgId,
      @RequestParam(required = false) Long responsibleUserId,
      @RequestParam(defaultValue = "") String dueOn,
      Model model,
      RedirectAttributes redirect) {
    model.addAttribute("description", description);
    return page.act(
        id,
        model,
        redirect,
        "plan",
        () -> actionPage(id, model),
        () -> {
          plans.addAction(
              CurrentUsers.require(),
              id,
              new Plans.ActionInput(
                  goalId,
                  description,
                  responsibleOrgId,
                  responsibleUserId,
                  CaseFormDates.parseDate("dueOn", dueOn),
                  null));
          return "plan.actionAdded";
        });
  }

  @PostMapping("/plan-actions/{actionId}/status")
  String actionStatus(
      @PathVariable long actionId,
      @RequestParam long caseId,
      @RequestParam Plans.ActionStatus status,
      RedirectAttributes redirect) {
    plans.setActionStatus(CurrentUsers.require(), actionId, status);
    redirect.addFlashAttribute("notice", "case.updated");
    return CasePage.redirect(caseId, "plan");
  }

  @PostMapping("/cases/{id}/reviews")
  String review(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String reviewedOn,
      @RequestParam(defaultValue = "") String note,
      @RequestParam(defaultValue = "") String nextReviewOn,
      Model model,
      RedirectAttributes redirect) {
    return page.act(
        id,
        model,
        redirect,
        "plan",
        () -> {
          reviews.review(
              CurrentUsers.require(),
              id,
              CaseFormDates.parseDate("reviewedOn", reviewedOn),
              note,
              nextReviewOn.isBlank()
                  ? null
                  : CaseFormDates.parseDate("nextReviewOn", nextReviewOn));
          return "plan.reviewed";
        });
  }

  @PostMapping("/cases/{id}/review-date")
  String scheduleReview(
      @PathVariable long id,
      @RequestParam int version,
      @RequestParam(defaultValue = "") String reviewOn,
      Model model,
      RedirectAttributes redirect) {
    return page.act(
        id,
        model,
        redirect,
        "plan",
        () -> {
          reviews.scheduleReview(
              CurrentUsers.require(), id, version, CaseFormDates.parseDate("reviewOn", reviewOn));
          return "plan.reviewScheduled";
        });
  }
}
