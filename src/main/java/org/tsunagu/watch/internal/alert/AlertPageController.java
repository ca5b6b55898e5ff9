package org.tsunagu.watch.internal.alert;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.watch.WatchPermissions;

/** The alert board and one alert's page: who was told when, acknowledging, the outcome. */
@Controller
@WritePermission(WatchPermissions.WATCH_ALERT)
class AlertPageController {

  private final AlertBoard board;
  private final AlertReading reading;
  private final AlertActions actions;
  private final BoardLines lines;
  private final Clock clock;

  AlertPageController(
      AlertBoard board, AlertReading reading, AlertActions actions, BoardLines lines, Clock clock) {
    this.board = board;
    this.lines = lines;
    this.reading = reading;
    this.actions = actions;
    this.clock = clock;
  }

  @GetMapping("/watch/alerts")
  String board(Model model, Locale locale) {
    CurrentUser user = CurrentUsers.require();
    if (!user.may(WatchPermissions.WATCH_ALERT)) {
      throw new NotFoundException();
    }
    model.addAttribute(
        "rows", lines.of(board.board(user, clock.instant().minus(Duration.ofDays(7))), locale));
    model.addAttribute("now", clock.instant());
    model.addAttribute("limit", AlertBoard.BOARD_LIMIT);
    model.addAttribute("mayManage", user.may(WatchPermissions.WATCH_MANAGE));
    model.addAttribute("mayRunChecks", user.may(WatchPermissions.SAFETY_CHECK_RUN));
    model.addAttribute("mayReadRegistry", user.may(WatchPermissions.DISASTER_REGISTRY_READ));
    return "watch/alerts";
  }

  @GetMapping("/watch/alerts/{id}")
  String alert(@PathVariable long id, Model model) {
    model.addAttribute("view", reading.open(CurrentUsers.require(), id));
    model.addAttribute("outcomes", AlertActions.OUTCOMES);
    model.addAttribute("now", clock.instant());
    FormErrors.addUnlessPresent(model);
    return "watch/alert";
  }

  @PostMapping("/watch/alerts/{id}/acknowledge")
  String acknowledge(@PathVariable long id, RedirectAttributes redirect) {
    actions.acknowledge(CurrentUsers.require(), id);
    redirect.addFlashAttribute("notice", "watch.alert.acknowledged");
    return "redirect:/watch/alerts/" + id;
  }

  @PostMapping("/watch/alerts/{id}/close")
  String close(
      @PathVariable long id,
      @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String note,
      Model model,
      RedirectAttributes redirect) {
    try {
      actions.close(CurrentUsers.require(), id, outcome, note);
      redirect.addFlashAttribute("notice", "watch.alert.closedNotice");
      // To the board: an organisation told only for this alert no longer sees the person.
      return "redirect:/watch/alerts";
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      model.addAttribute("outcomeValue", outcome);
      model.addAttribute("noteValue", note);
      return alert(id, model);
    }
  }
}
