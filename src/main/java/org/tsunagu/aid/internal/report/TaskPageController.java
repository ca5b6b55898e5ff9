package org.tsunagu.aid.internal.report;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.aid.internal.matching.Assignments;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;
import org.tsunagu.platform.web.NotFoundException;

/** A supporter's phone: their visits and offers, and the report of a visit. */
@Controller
@WritePermission(AidPermissions.AID_REPORT)
class TaskPageController {

  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

  private final Tasks tasks;
  private final ActivityReports reports;
  private final Assignments assignments;
  private final Clock clock;

  TaskPageController(Tasks tasks, ActivityReports reports, Assignments assignments, Clock clock) {
    this.tasks = tasks;
    this.reports = reports;
    this.assignments = assignments;
    this.clock = clock;
  }

  @GetMapping("/aid/tasks")
  String tasks(Model model) {
    model.addAttribute("tasks", tasks.of(supporter()));
    return "aid/tasks";
  }

  @PostMapping("/aid/tasks/offers/{assignmentId}")
  String answer(
      @PathVariable long assignmentId,
      @RequestParam(defaultValue = "false") boolean accept,
      RedirectAttributes redirect) {
    try {
      assignments.answer(supporter(), assignmentId, accept);
      redirect.addFlashAttribute("notice", accept ? "aid.tasks.accepted" : "aid.tasks.declined");
    } catch (FieldErrorsException e) {
      redirect.addFlashAttribute("notice", "aid.tasks.taken");
    }
    return "redirect:/aid/tasks";
  }

  @GetMapping("/aid/tasks/{requestId}/report")
  String form(@PathVariable long requestId, Model model) {
    Tasks.Task task = task(supporter(), requestId);
    var start = task.startsAt().atZone(clock.getZone());
    model.addAttribute(
        "form",
        new ReportForm(
            HOUR.format(start),
            HOUR.format(start.plusMinutes(task.minutes())),
            null,
            "0",
            "0",
            null,
            null,
            UUID.randomUUID().toString()));
    return formPage(task, model);
  }

  @PostMapping("/aid/tasks/{requestId}/report")
  String report(
      @PathVariable long requestId,
      @ModelAttribute("form") ReportForm form,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser user = supporter();
    try {
      reports.report(user, requestId, form.input(), form.idempotencyKey());
      redirect.addFlashAttribute("notice", "aid.report.sent");
      return "redirect:/aid/tasks";
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      return formPage(task(user, requestId), model);
    }
  }

  private String formPage(Tasks.Task task, Model model) {
    model.addAttribute("task", task);
    FormErrors.addUnlessPresent(model);
    return "aid/report";
  }

  private Tasks.Task task(CurrentUser user, long requestId) {
    return tasks.of(user).stream()
        .filter(t -> t.requestId() == requestId && t.confirmed())
        .findFirst()
        .orElseThrow(NotFoundException::new);
  }

  private static CurrentUser supporter() {
    CurrentUser user = CurrentUsers.require();
    if (!user.may(AidPermissions.AID_REPORT)) {
      throw new NotFoundException();
    }
    return user;
  }
}
