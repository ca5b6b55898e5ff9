package org.tsunagu.consultation.internal.casework;

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
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.InputLimits;

/**
 * The case list and the case page with its timeline entries and the case's status, lead worker and
 * closing. The plan and the sharing bases post to their own controllers; all answer through {@link
 * CasePage}.
 */
@Controller
@WritePermission(ConsultationPermissions.CASE_WORK)
class CasePageController {

  private final CaseQueries queries;
  private final CaseWork work;
  private final CaseClosing closing;
  private final CasePage page;

  CasePageController(CaseQueries queries, CaseWork work, CaseClosing closing, CasePage page) {
    this.queries = queries;
    this.work = work;
    this.closing = closing;
    this.page = page;
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
    return page.show(id, tab, model);
  }

  @PostMapping("/cases/{id}/entries")
  String entry(
      @PathVariable long id,
      @RequestParam(required = false) EntryKind kind,
      @RequestParam(defaultValue = "") String occurredAt,
      @RequestParam(defaultValue = "") String summary,
      Model model,
      RedirectAttributes redirect) {
    return page.act(
        id,
        model,
        redirect,
        "timeline",
        () -> {
          var at = CaseFormDates.parseDateTime(occurredAt);
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
    return page.act(
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
    return page.act(
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
    return page.act(
        id,
        model,
        redirect,
        "",
        () -> {
          closing.close(CurrentUsers.require(), id, version, closedReason, closedNote);
          return "case.closed";
        });
  }
}
