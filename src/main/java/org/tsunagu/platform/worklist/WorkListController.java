package org.tsunagu.platform.worklist;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.web.ApiController;

/** Each role lands here: what needs them today. */
@Controller
class WorkListController {

  private final WorkList workList;

  WorkListController(WorkList workList) {
    this.workList = workList;
  }

  @GetMapping("/")
  String workList(Model model, Locale locale) {
    model.addAttribute(
        "items",
        workList.itemsFor(CurrentUsers.require()).stream().map(i -> localised(i, locale)).toList());
    return "worklist";
  }

  /** Dates in titles as the reader expects them: 2026年11月27日(金). */
  static WorkItem localised(WorkItem item, Locale locale) {
    Object[] args =
        java.util.Arrays.stream(item.titleArgs())
            .map(
                a ->
                    a instanceof java.time.LocalDate d
                        ? org.tsunagu.platform.web.DisplayFormats.date(d, locale)
                        : a)
            .toArray();
    return new WorkItem(item.urgency(), item.categoryKey(), item.titleKey(), args, item.href());
  }

  @ApiController
  static class Api {
    private final WorkList workList;
    private final MessageSource messages;

    Api(WorkList workList, MessageSource messages) {
      this.workList = workList;
      this.messages = messages;
    }

    @Operation(summary = "The caller's work list")
    @GetMapping("/api/v1/worklist")
    List<WorkItemResponse> items(Locale locale) {
      CurrentUser user = CurrentUsers.require();
      return workList.itemsFor(user).stream()
          .map(i -> localised(i, locale))
          .map(
              i ->
                  new WorkItemResponse(
                      i.urgency(),
                      messages.getMessage(i.categoryKey(), null, locale),
                      messages.getMessage(i.titleKey(), i.titleArgs(), locale),
                      i.href()))
          .toList();
    }
  }

  /** A work item as the API shows it: category and title in the caller's language. */
  record WorkItemResponse(WorkItem.Urgency urgency, String category, String title, String href) {}
}
