package org.tsunagu.watch.internal.campaign;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.people.AreaLevel;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.watch.WatchPermissions;

/**
 * Safety-check campaigns on screen: start one, follow its live board, close it; a watcher's checks.
 */
@Controller
@WritePermission(WatchPermissions.SAFETY_CHECK_RUN)
class CampaignPageController {

  private final Campaigns campaigns;
  private final CampaignQueries queries;
  private final CampaignBoard board;
  private final SafetyChecks checks;
  private final PeopleApi people;

  CampaignPageController(
      Campaigns campaigns,
      CampaignQueries queries,
      CampaignBoard board,
      SafetyChecks checks,
      PeopleApi people) {
    this.campaigns = campaigns;
    this.queries = queries;
    this.board = board;
    this.checks = checks;
    this.people = people;
  }

  @GetMapping("/watch/campaigns")
  String list(Model model) {
    CurrentUser user = runner();
    model.addAttribute("campaigns", queries.of(user));
    model.addAttribute("areas", people.areasDownTo(AreaLevel.ASSOCIATION));
    FormErrors.addUnlessPresent(model);
    return "watch/campaigns";
  }

  @PostMapping("/watch/campaigns")
  String start(
      @RequestParam(required = false) String name,
      @RequestParam(required = false) Long areaId,
      @RequestParam(required = false) boolean declaredDisaster,
      Model model) {
    CurrentUser user = runner();
    try {
      long id = campaigns.start(user, new CampaignInput(name, areaId, declaredDisaster));
      return "redirect:/watch/campaigns/" + id;
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      model.addAttribute("nameValue", name);
      return list(model);
    }
  }

  @GetMapping("/watch/campaigns/{id}")
  String board(
      @PathVariable long id,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    model.addAttribute("board", board.of(runner(), id));
    return htmx == null ? "watch/campaign" : "watch/campaign :: board";
  }

  @PostMapping("/watch/campaigns/{id}/close")
  String close(@PathVariable long id, RedirectAttributes redirect) {
    campaigns.close(runner(), id);
    redirect.addFlashAttribute("notice", "watch.campaign.closedNotice");
    return "redirect:/watch/campaigns/" + id;
  }

  @GetMapping("/watch/checks")
  String mine(Model model) {
    CurrentUser user = CurrentUsers.require();
    if (!user.may(WatchPermissions.WATCH_REPORT) && !user.may(WatchPermissions.SAFETY_CHECK_RUN)) {
      throw new NotFoundException();
    }
    model.addAttribute("checks", queries.mine(user));
    return "watch/checks";
  }

  @WritePermission({WatchPermissions.WATCH_REPORT, WatchPermissions.SAFETY_CHECK_RUN})
  @PostMapping("/watch/checks/{id}")
  String mark(
      @PathVariable long id,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String note,
      @RequestParam(required = false) String back,
      RedirectAttributes redirect) {
    checks.mark(CurrentUsers.require(), id, status, note);
    redirect.addFlashAttribute("notice", "watch.check.marked");
    return back != null && back.matches("/watch/campaigns/\\d+")
        ? "redirect:" + back
        : "redirect:/watch/checks";
  }

  private static CurrentUser runner() {
    CurrentUser user = CurrentUsers.require();
    if (!user.may(WatchPermissions.SAFETY_CHECK_RUN)) {
      throw new NotFoundException();
    }
    return user;
  }
}
