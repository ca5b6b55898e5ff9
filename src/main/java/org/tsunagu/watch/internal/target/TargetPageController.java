package org.tsunagu.watch.internal.target;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.tsunagu.platform.web.InputLimits;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.watch.WatchPermissions;

/** The organisation's watch targets and one target's record. */
@Controller
class TargetPageController {

  static final int PAGE = 50;

  private final Targets targets;
  private final TargetEnding ending;
  private final TargetPage page;

  TargetPageController(Targets targets, TargetEnding ending, TargetPage page) {
    this.targets = targets;
    this.ending = ending;
    this.page = page;
  }

  @GetMapping("/watch/targets")
  String list(
      @RequestParam(defaultValue = "0") @Min(0) @Max(InputLimits.MAX_PAGE) int page, Model model) {
    CurrentUser user = CurrentUsers.require();
    if (!user.may(WatchPermissions.WATCH_MANAGE)) {
      throw new NotFoundException();
    }
    var rows = targets.ofOrganization(user, PAGE + 1, page * PAGE);
    model.addAttribute("rows", rows.size() > PAGE ? rows.subList(0, PAGE) : rows);
    model.addAttribute("page", page);
    model.addAttribute("more", rows.size() > PAGE);
    return "watch/targets";
  }

  @WritePermission(WatchPermissions.WATCH_MANAGE)
  @PostMapping("/watch/targets/{id}/end")
  String end(
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      Model model,
      RedirectAttributes redirect) {
    return page.change(
        id,
        "end",
        () -> ending.end(CurrentUsers.require(), id, reason),
        "watch.target.endedNotice",
        model,
        redirect);
  }

  @GetMapping("/watch/targets/{id}")
  String target(@PathVariable long id, Model model) {
    return page.render(id, model);
  }
}
