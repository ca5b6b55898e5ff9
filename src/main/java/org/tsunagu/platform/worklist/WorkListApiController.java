package org.tsunagu.platform.worklist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.web.ApiController;

/** The work list as JSON: the same counts, sections and filter as the page. */
@ApiController
class WorkListApiController {

  private final WorkList workList;
  private final WorkFilters filters;
  private final MessageSource messages;
  private final Clock clock;

  WorkListApiController(
      WorkList workList, WorkFilters filters, MessageSource messages, Clock clock) {
    this.clock = clock;
    this.workList = workList;
    this.filters = filters;
    this.messages = messages;
  }

  /** The caller's work list: counts by kind, then the sections with their rows. */
  record WorkListResponse(List<WorkKindCount> counts, List<WorkSectionResponse> sections) {}

  /** How many items of a kind there are under the filter (at most 999 per source and kind). */
  record WorkKindCount(WorkKind kind, String label, int count) {}

  /** A section: its title, its rows, and whether more exist (then listPath lists them all). */
  record WorkSectionResponse(
      String id, String title, List<WorkItemResponse> items, boolean more, String listPath) {}

  /**
   * A row: who it is about (a name only where the caller's organisation may see the person), a
   * one-line summary in the caller's language, since when, its age in days, its deadline.
   */
  record WorkItemResponse(
      WorkKind kind,
      String who,
      String summary,
      Instant since,
      long ageDays,
      LocalDate due,
      boolean overdue,
      String href) {}

  @Operation(summary = "The caller's work list: counts by kind and sections, narrowed by a filter")
  @GetMapping("/api/v1/worklist")
  WorkListResponse list(
      @Parameter(
              description =
                  "MINE: assigned to the caller or to nobody yet; ORGANIZATION: the whole"
                      + " organisation (default for coordinators)",
              schema = @Schema(implementation = WorkFilter.Scope.class))
          @RequestParam(required = false)
          String scope,
      @Parameter(
              description = "only items assigned to this worker of the caller's organisation",
              schema = @Schema(type = "integer", format = "int64"))
          @RequestParam(required = false)
          String worker,
      @Parameter(
              description = "only items in this area (a 圏域) or below it",
              schema = @Schema(type = "integer", format = "int64"))
          @RequestParam(required = false)
          String area,
      @Parameter(
              description = "only items of this kind",
              schema = @Schema(implementation = WorkKind.class))
          @RequestParam(required = false)
          String kind,
      Locale locale) {
    CurrentUser user = CurrentUsers.require();
    WorkList.Result result = workList.listFor(user, filters.parse(user, scope, worker, area, kind));
    List<WorkKindCount> counts =
        result.counts().entrySet().stream()
            .map(
                e ->
                    new WorkKindCount(
                        e.getKey(), text(e.getKey().messageKey(), locale), e.getValue()))
            .toList();
    List<WorkSectionResponse> sections =
        result.groups().stream()
            .map(
                g ->
                    new WorkSectionResponse(
                        g.section().id(),
                        text(g.section().titleKey(), locale),
                        WorkRow.of(g.items(), LocalDate.now(clock), messages, locale).stream()
                            .map(WorkListApiController::item)
                            .toList(),
                        g.more(),
                        g.section().listPath()))
            .toList();
    return new WorkListResponse(counts, sections);
  }

  private static WorkItemResponse item(WorkRow row) {
    WorkItem i = row.item();
    return new WorkItemResponse(
        i.kind(), i.who(), row.summary(), i.since(), row.ageDays(), i.due(), row.late(), i.href());
  }

  /** A module's missing label shows as its key rather than failing the whole list. */
  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
