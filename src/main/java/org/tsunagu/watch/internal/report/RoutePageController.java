package org.tsunagu.watch.internal.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.watch.WatchPermissions;
import org.tsunagu.watch.internal.WatchPersons;
import org.tsunagu.watch.internal.campaign.CampaignQueries;

/**
 * The driver's and watcher's phone pages: today's route, and the door report — tap what you see,
 * add a word, send. 「倒れている・危険」 says to call 119/110 first.
 */
@Controller
@WritePermission(WatchPermissions.WATCH_REPORT)
class RoutePageController {

  private final Route route;
  private final ReportAccess access;
  private final Observations observations;
  private final CheckIns checkIns;
  private final WatchPersons persons;
  private final Clock clock;
  private final CampaignQueries checks;

  RoutePageController(
      Route route,
      ReportAccess access,
      Observations observations,
      CheckIns checkIns,
      WatchPersons persons,
      Clock clock,
      CampaignQueries checks) {
    this.checks = checks;
    this.route = route;
    this.access = access;
    this.observations = observations;
    this.checkIns = checkIns;
    this.persons = persons;
    this.clock = clock;
  }

  @GetMapping("/watch/route")
  String route(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String sent,
      Model model) {
    CurrentUser user = reporter();
    if (sent != null && java.util.Set.of("report", "danger", "contact").contains(sent)) {
      model.addAttribute("sent", "watch.sent." + sent);
    }
    LocalDate today = LocalDate.now(clock);
    model.addAttribute("today", today);
    model.addAttribute("q", q);
    model.addAttribute("stops", route.of(user, today, q));
    model.addAttribute("checkInKey", java.util.UUID.randomUUID().toString());
    model.addAttribute(
        "checks", checks.mine(user).stream().filter(c -> "UNKNOWN".equals(c.status())).count());
    model.addAttribute("mayReadRegistry", user.may(WatchPermissions.DISASTER_REGISTRY_READ));
    return "watch/route";
  }

  @GetMapping("/watch/route/{targetId}")
  String reportForm(@PathVariable long targetId, Model model) {
    ReportForm form = new ReportForm();
    form.setTargetId(targetId);
    model.addAttribute("form", form);
    return reportPage(reporter(), targetId, model);
  }

  @PostMapping("/watch/reports")
  String report(@ModelAttribute("form") ReportForm form, Model model) {
    CurrentUser user = reporter();
    if (form.getTargetId() == null) {
      throw new NotFoundException();
    }
    try {
      observations.report(user, form.toInput(), form.getIdempotencyKey());
      // A parameter, not a flash attribute: the phone's script follows the redirect itself.
      return "redirect:/watch/route?sent=" + (form.isDanger() ? "danger" : "report");
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      return reportPage(user, form.getTargetId(), model);
    }
  }

  @PostMapping("/watch/check-ins")
  String checkIn(
      @RequestParam long targetId, @RequestParam String kind, @RequestParam String idempotencyKey) {
    checkIns.record(reporter(), new CheckInInput(targetId, kind, null, null), idempotencyKey);
    return "redirect:/watch/route?sent=contact";
  }

  private String reportPage(CurrentUser user, long targetId, Model model) {
    ReportAccess.Target target = access.require(user, targetId);
    model.addAttribute(
        "person",
        persons.line(target.personId(), user.organizationId()).orElseThrow(NotFoundException::new));
    model.addAttribute("signs", Arrays.asList(Sign.values()));
    FormErrors.addUnlessPresent(model);
    return "watch/report";
  }

  private static CurrentUser reporter() {
    CurrentUser user = CurrentUsers.require();
    if (!user.may(WatchPermissions.WATCH_REPORT)) {
      throw new NotFoundException();
    }
    return user;
  }
}
