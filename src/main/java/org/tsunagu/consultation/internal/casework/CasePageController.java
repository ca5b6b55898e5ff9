package org.tsunagu.consultation.internal.casework;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.DisplayFormats;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;
import org.tsunagu.platform.web.Htmx;
import org.tsunagu.platform.web.InputLimits;
import org.tsunagu.platform.web.Problems;

/**
 * The case page: who and what, sharing bases, referrals, timeline, plan, conferences. Each form
 * posts to its own route; on a validation error the page is shown again with the error at the field
 * and what was typed kept.
 */
@Controller
@WritePermission(ConsultationPermissions.CASE_WORK)
class CasePageController {

  private final CaseQueries queries;
  private final CaseWork work;
  private final Plans plans;
  private final CaseBases bases;
  private final PeopleApi people;
  private final JdbcClient jdbc;
  private final CaseAccess access;
  private final Clock clock;

  CasePageController(
      CaseQueries queries,
      CaseWork work,
      Plans plans,
      CaseBases bases,
      PeopleApi people,
      JdbcClient jdbc,
      CaseAccess access,
      Clock clock) {
    this.queries = queries;
    this.work = work;
    this.plans = plans;
    this.bases = bases;
    this.people = people;
    this.jdbc = jdbc;
    this.access = access;
    this.clock = clock;
  }

  @GetMapping("/cases")
  String list(
      @RequestParam(defaultValue = "false") boolean mine,
      @RequestParam(defaultValue = "false") boolean closed,
      @RequestParam(defaultValue = "0") @Min(0) @Max(InputLimits.MAX_PAGE) int page,
      Model model) {
    List<CaseQueries.CaseRow> rows = queries.led(CurrentUsers.require(), mine, closed, page);
    model.addAttribute("rows", rows.size() > 50 ? rows.subList(0, 50) : rows);
    model.addAttribute("hasNext", rows.size() > 50);
    model.addAttribute("page", page);
    model.addAttribute("mine", mine);
    model.addAttribute("closed", closed);
    return "consultation/cases";
  }

  @GetMapping("/cases/{id}")
  String show(@PathVariable long id, @RequestParam(defaultValue = "") String tab, Model model) {
    CurrentUser user = CurrentUsers.require();
    CaseView view = queries.open(user, id);
    model.addAttribute("view", view);
    model.addAttribute("tab", CaseTabs.chosen(tab));
    model.addAttribute("tabs", CaseTabs.of(view));
    model.addAttribute("c", view.supportCase());
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("domains", EnumSet.allOf(SupportDomain.class));
    model.addAttribute(
        "statuses", List.of(CaseStatus.OPEN, CaseStatus.SUPPORTING, CaseStatus.MONITORING));
    model.addAttribute("closedReasons", ClosedReason.values());
    model.addAttribute("entryKinds", EntryKind.MANUAL.stream().sorted().toList());
    model.addAttribute("workers", view.lead() ? workers(user.organizationId()) : List.of());
    model.addAttribute("now", LocalDateTime.now(clock).withSecond(0).withNano(0));
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", FormErrors.none());
    }
    return "consultation/case";
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
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", FormErrors.none());
    }
    return "consultation/case-consent";
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
        c.leadOrgId() == user.organizationId() ? workers(user.organizationId()) : List.of());
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", FormErrors.none());
    }
    return "consultation/case-action";
  }

  record Worker(long id, String displayName) {}

  private List<Worker> workers(long organizationId) {
    return jdbc.sql(
            "SELECT id, display_name FROM platform.user_directory WHERE organization_id = ? AND enabled"
                + " ORDER BY display_name")
        .param(organizationId)
        .query(Worker.class)
        .list();
  }

  @PostMapping("/cases/{id}/entries")
  String entry(
      @PathVariable long id,
      @RequestParam(required = false) EntryKind kind,
      @RequestParam(defaultValue = "") String occurredAt,
      @RequestParam(defaultValue = "") String summary,
      Model model,
      RedirectAttributes redirect) {
    return act(
        id,
        model,
        redirect,
        "timeline",
        () -> {
          var at = parseDateTime(occurredAt);
          work.addEntry(CurrentUsers.require(), id, kind, at, summary);
          return null;
        });
  }

  @PostMapping("/cases/{id}/status")
  String status(
      @PathVariable long id,
      @RequestParam int version,
      @RequestParam(required = false) CaseStatus status,
      Model model,
      RedirectAttributes redirect) {
    return act(
        id,
        model,
        redirect,
        "",
        () -> {
          work.changeStatus(CurrentUsers.require(), id, version, status);
          return null;
        });
  }

  @PostMapping("/cases/{id}/lead-worker")
  String worker(
      @PathVariable long id,
      @RequestParam int version,
      @RequestParam(required = false) Long leadWorkerId,
      Model model,
      RedirectAttributes redirect) {
    return act(
        id,
        model,
        redirect,
        "",
        () -> {
          work.assignWorker(CurrentUsers.require(), id, version, leadWorkerId);
          return null;
        });
  }

  @PostMapping("/cases/{id}/close")
  String close(
      @PathVariable long id,
      @RequestParam int version,
      @RequestParam(required = false) ClosedReason closedReason,
      @RequestParam(defaultValue = "") String closedNote,
      Model model,
      RedirectAttributes redirect) {
    return act(
        id,
        model,
        redirect,
        "",
        () -> {
          work.close(CurrentUsers.require(), id, version, closedReason, closedNote);
          return "case.closed";
        });
  }

  @PostMapping("/cases/{id}/goals")
  String goal(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String goal,
      Model model,
      RedirectAttributes redirect) {
    return act(
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
    return act(
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
                  parseDate("dueOn", dueOn),
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
    return "redirect:/cases/" + caseId + "plan";
  }

  @PostMapping("/cases/{id}/reviews")
  String review(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String reviewedOn,
      @RequestParam(defaultValue = "") String note,
      @RequestParam(defaultValue = "") String nextReviewOn,
      Model model,
      RedirectAttributes redirect) {
    return act(
        id,
        model,
        redirect,
        "plan",
        () -> {
          plans.review(
              CurrentUsers.require(),
              id,
              parseDate("reviewedOn", reviewedOn),
              note,
              nextReviewOn.isBlank() ? null : parseDate("nextReviewOn", nextReviewOn));
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
    return act(
        id,
        model,
        redirect,
        "plan",
        () -> {
          plans.scheduleReview(
              CurrentUsers.require(), id, version, parseDate("reviewOn", reviewOn));
          return "plan.reviewScheduled";
        });
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
    return act(
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
    return act(
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
    return "redirect:/cases/" + caseId + "bases";
  }

  /** Runs a change; success redirects with a notice, a refusal shows the page with the errors. */
  private String act(
      long id, Model model, RedirectAttributes redirect, String tab, Supplier<String> change) {
    return act(id, model, redirect, tab, () -> show(id, tab, model), change);
  }

  private String act(
      long id,
      Model model,
      RedirectAttributes redirect,
      String tab,
      Supplier<String> errorPage,
      Supplier<String> change) {
    try {
      String notice = change.get();
      redirect.addFlashAttribute("notice", notice == null ? "case.updated" : notice);
      return "redirect:/cases/" + id + (tab.isEmpty() ? "" : "?tab=" + tab + "#tabs");
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
    } catch (OptimisticLockingFailureException e) {
      model.addAttribute("conflict", true);
    }
    return errorPage.get();
  }

  private static java.time.Instant parseDateTime(String s) {
    try {
      return LocalDateTime.parse(s).atZone(DisplayFormats.TOKYO).toInstant();
    } catch (DateTimeParseException e) {
      Problems p = new Problems();
      p.add("occurredAt", "validation.date.UNRECOGNISED_FORMAT");
      p.throwIfAny();
      return null;
    }
  }

  private static LocalDate parseDate(String field, String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      Problems p = new Problems();
      p.add(field, s.isBlank() ? "validation.required" : "validation.date.UNRECOGNISED_FORMAT");
      p.throwIfAny();
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
