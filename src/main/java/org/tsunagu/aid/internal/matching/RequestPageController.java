package org.tsunagu.aid.internal.matching;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.aid.MemberType;
import org.tsunagu.aid.internal.member.Members;
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.aid.internal.request.HelpRequest;
import org.tsunagu.aid.internal.request.HelpRequests;
import org.tsunagu.aid.internal.request.RequestCancelling;
import org.tsunagu.aid.internal.request.RequestTaking;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;
import org.tsunagu.platform.web.NotFoundException;

/**
 * The coordinator's screens: the programmes, a programme's week of requests, a request taken on the
 * phone, and a request's ranked supporters to confirm, ask or cancel.
 */
@Controller
@WritePermission(AidPermissions.AID_MANAGE)
class RequestPageController {

  private final Programmes programmes;
  private final HelpRequests requests;
  private final RequestTaking taking;
  private final RequestCancelling cancelling;
  private final Members members;
  private final Matching matching;
  private final Assignments assignments;
  private final Clock clock;

  RequestPageController(
      Programmes programmes,
      HelpRequests requests,
      RequestTaking taking,
      RequestCancelling cancelling,
      Members members,
      Matching matching,
      Assignments assignments,
      Clock clock) {
    this.programmes = programmes;
    this.requests = requests;
    this.taking = taking;
    this.cancelling = cancelling;
    this.members = members;
    this.matching = matching;
    this.assignments = assignments;
    this.clock = clock;
  }

  @GetMapping("/aid/programmes/{id}")
  String week(@PathVariable long id, @RequestParam(required = false) String week, Model model) {
    Programme programme = programmes.managed(manager(), id);
    LocalDate monday = monday(week);
    List<HelpRequest> shown =
        requests.between(
            id,
            monday.atStartOfDay(clock.getZone()).toInstant(),
            monday.plusWeeks(1).atStartOfDay(clock.getZone()).toInstant(),
            null);
    model.addAttribute("programme", programme);
    model.addAttribute("monday", monday);
    model.addAttribute("open", shown.stream().filter(r -> "OPEN".equals(r.status())).toList());
    model.addAttribute("others", shown.stream().filter(r -> !"OPEN".equals(r.status())).toList());
    return "aid/week";
  }

  @GetMapping("/aid/programmes/{id}/requests/new")
  String form(@PathVariable long id, Model model) {
    Programme programme = programmes.managed(manager(), id);
    model.addAttribute("form", RequestForm.blank(LocalDate.now(clock).plusDays(1).toString()));
    return formPage(programme, model);
  }

  @PostMapping("/aid/programmes/{id}/requests")
  String take(
      @PathVariable long id,
      @ModelAttribute("form") RequestForm form,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser user = manager();
    Programme programme = programmes.managed(user, id);
    try {
      List<Long> ids = taking.take(user, id, form.input());
      redirect.addFlashAttribute("notice", "aid.request.taken");
      return "redirect:/aid/programmes/" + id + "/requests/" + ids.get(0);
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      return formPage(programme, model);
    }
  }

  @GetMapping("/aid/programmes/{id}/requests/{requestId}")
  String request(@PathVariable long id, @PathVariable long requestId, Model model) {
    CurrentUser user = manager();
    return requestPage(user, id, requestId, model);
  }

  @PostMapping("/aid/programmes/{id}/requests/{requestId}/confirmation")
  String confirm(
      @PathVariable long id,
      @PathVariable long requestId,
      @RequestParam(required = false) String supporterId,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser user = manager();
    try {
      assignments.confirm(user, id, requestId, org.tsunagu.aid.internal.AidForms.id(supporterId));
      redirect.addFlashAttribute("notice", "aid.request.confirmed");
      return "redirect:/aid/programmes/" + id + "/requests/" + requestId;
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      return requestPage(user, id, requestId, model);
    }
  }

  @PostMapping("/aid/programmes/{id}/requests/{requestId}/offers")
  String offer(
      @PathVariable long id,
      @PathVariable long requestId,
      @RequestParam(name = "supporterIds", required = false) List<Long> supporterIds,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser user = manager();
    try {
      assignments.offer(user, id, requestId, supporterIds);
      redirect.addFlashAttribute("notice", "aid.request.offered");
      return "redirect:/aid/programmes/" + id + "/requests/" + requestId;
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      return requestPage(user, id, requestId, model);
    }
  }

  @PostMapping("/aid/programmes/{id}/requests/{requestId}/cancellation")
  String cancel(
      @PathVariable long id,
      @PathVariable long requestId,
      @RequestParam(required = false) boolean noNotice,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser user = manager();
    try {
      String notice = cancelling.cancel(user, id, requestId, noNotice);
      redirect.addFlashAttribute("notice", "aid.request.cancelled." + notice);
      return "redirect:/aid/programmes/" + id + "/requests/" + requestId;
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      return requestPage(user, id, requestId, model);
    }
  }

  private String requestPage(CurrentUser user, long id, long requestId, Model model) {
    Programme programme = programmes.managed(user, id);
    HelpRequest r = requests.find(id, requestId).orElseThrow(NotFoundException::new);
    model.addAttribute("programme", programme);
    model.addAttribute("request", r);
    model.addAttribute(
        "suggestions", "OPEN".equals(r.status()) ? matching.suggest(user, id, requestId) : null);
    FormErrors.addUnlessPresent(model);
    return "aid/request";
  }

  private String formPage(Programme programme, Model model) {
    model.addAttribute("programme", programme);
    model.addAttribute(
        "recipients",
        members.list(programme.id(), MemberType.RECIPIENT).stream()
            .filter(m -> m.active())
            .toList());
    FormErrors.addUnlessPresent(model);
    return "aid/request-form";
  }

  private LocalDate monday(String week) {
    LocalDate day;
    try {
      day = week == null || week.isBlank() ? LocalDate.now(clock) : LocalDate.parse(week);
    } catch (DateTimeParseException e) {
      day = LocalDate.now(clock);
    }
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static CurrentUser manager() {
    CurrentUser user = CurrentUsers.require();
    if (!user.may(AidPermissions.AID_MANAGE)) {
      throw new NotFoundException();
    }
    return user;
  }
}
