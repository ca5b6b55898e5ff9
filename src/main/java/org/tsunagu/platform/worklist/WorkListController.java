package org.tsunagu.platform.worklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;

/**
 * Each role lands here. Office roles get their work list: counts by kind, sections, filters (plain
 * GET parameters, so it works without script). Field roles and members get a home of large buttons
 * in plain words, with anything of theirs on the work list below.
 */
@Controller
class WorkListController {

  private final WorkList workList;
  private final WorkFilters filters;
  private final HomeActions actions;
  private final MessageSource messages;
  private final Clock clock;

  WorkListController(
      WorkList workList,
      WorkFilters filters,
      HomeActions actions,
      MessageSource messages,
      Clock clock) {
    this.workList = workList;
    this.filters = filters;
    this.actions = actions;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * The home shows each section's most pressing rows, enough to take in at a glance; the section's
   * own list (its "more" link) and the API hold the rest.
   */
  static final int HOME_ROWS = 10;

  /** A section with its rows ready to show. */
  record GroupView(WorkSection section, List<WorkRow> rows, boolean more) {}

  @GetMapping("/")
  String home(
      @RequestParam(required = false) String scope,
      @RequestParam(required = false) String worker,
      @RequestParam(required = false) String area,
      @RequestParam(required = false) String kind,
      Model model,
      Locale locale) {
    CurrentUser user = CurrentUsers.require();
    model.addAttribute("actions", actions.forUser(user));
    boolean fieldHome = HomeActions.fieldHome(user);
    if (fieldHome || !workList.hasListFor(user)) {
      List<WorkItem> items =
          fieldHome && workList.hasListFor(user)
              ? workList.listFor(user, filters.parse(user, null, null, null, null)).items()
              : List.of();
      model.addAttribute("rows", rows(items, locale));
      model.addAttribute("introKey", "home.intro." + user.role().name());
      model.addAttribute("titleKey", fieldHome ? "home.title" : "worklist.title");
      return "home";
    }
    WorkFilter filter = filters.parse(user, scope, worker, area, kind);
    WorkList.Result result = workList.listFor(user, filter);
    model.addAttribute("counts", result.counts());
    model.addAttribute(
        "groups",
        result.groups().stream()
            .map(
                g ->
                    new GroupView(
                        g.section(),
                        rows(g.items().subList(0, Math.min(HOME_ROWS, g.items().size())), locale),
                        g.more() || g.items().size() > HOME_ROWS))
            .toList());
    model.addAttribute("filter", filter);
    model.addAttribute("links", new FilterLinks(filter));
    model.addAttribute("kinds", WorkKind.values());
    model.addAttribute("scopes", WorkFilter.Scope.values());
    model.addAttribute("workers", filters.workers(user));
    model.addAttribute("areas", filters.areas(user));
    model.addAttribute("countCap", WorkList.COUNT_CAP);
    return "worklist";
  }

  private List<WorkRow> rows(List<WorkItem> items, Locale locale) {
    return WorkRow.of(items, LocalDate.now(clock), messages, locale);
  }
}
