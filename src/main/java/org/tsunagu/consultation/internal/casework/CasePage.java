package org.tsunagu.consultation.internal.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;

/**
 * The case page (who and what, sharing bases, referrals, timeline, plan, conferences) and how a
 * form posted from it answers: a redirect with a notice, or the page again with the errors at the
 * fields and what was typed kept.
 */
@Component
class CasePage {

  private final CaseQueries queries;
  private final JdbcClient jdbc;
  private final Clock clock;

  CasePage(CaseQueries queries, JdbcClient jdbc, Clock clock) {
    this.queries = queries;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  String show(long id, String tab, Model model) {
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
    FormErrors.addUnlessPresent(model);
    return "consultation/case";
  }

  record Worker(long id, String displayName) {}

  List<Worker> workers(long organizationId) {
    return jdbc.sql(
            "SELECT id, display_name FROM platform.user_directory WHERE organization_id = ? AND enabled"
                + " ORDER BY display_name")
        .param(organizationId)
        .query(Worker.class)
        .list();
  }

  /** Runs a change; success redirects with a notice, a refusal shows the page with the errors. */
  String act(
      long id, Model model, RedirectAttributes redirect, String tab, Supplier<String> change) {
    return act(id, model, redirect, tab, () -> show(id, tab, model), change);
  }

  String act(
      long id,
      Model model,
      RedirectAttributes redirect,
      String tab,
      Supplier<String> errorPage,
      Supplier<String> change) {
    try {
      String notice = change.get();
      redirect.addFlashAttribute("notice", notice == null ? "case.updated" : notice);
      return redirect(id, tab);
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
    } catch (OptimisticLockingFailureException e) {
      model.addAttribute("conflict", true);
    }
    return errorPage.get();
  }

  /** Back to the case, on its tab ("" for the head). */
  static String redirect(long caseId, String tab) {
    return "redirect:/cases/" + caseId + (tab.isEmpty() ? "" : "?tab=" + tab + "#tabs");
  }
}
