package org.tsunagu.watch.internal.campaign;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.watch.WatchPermissions;

/** Safety-check campaigns in the JSON API: start, board, close; a watcher's checks and marks. */
@ApiController
@WritePermission(WatchPermissions.SAFETY_CHECK_RUN)
class CampaignApiController {

  enum Mark {
    SAFE,
    NEEDS_HELP,
    NOT_REACHED
  }

  record MarkRequest(
      @NotNull @Schema(implementation = Mark.class, requiredMode = Schema.RequiredMode.REQUIRED)
          String status,
      String note) {}

  record CampaignListItem(
      long id,
      String name,
      String area,
      boolean declaredDisaster,
      Instant startedAt,
      Instant closedAt) {}

  record CountResponse(
      String group, long total, long unknown, long safe, long needsHelp, long notReached) {

    static CountResponse of(CampaignQueries.Count c) {
      return new CountResponse(
          c.label(), c.total(), c.unknown(), c.safe(), c.needsHelp(), c.notReached());
    }
  }

  record CheckResponse(
      long id,
      String campaign,
      String name,
      String address,
      String area,
      String phone,
      String watcher,
      String status,
      String note,
      Instant checkedAt) {

    static CheckResponse of(CampaignQueries.Check c) {
      return new CheckResponse(
          c.id(),
          c.campaignName(),
          c.personName(),
          c.address(),
          c.areaName(),
          c.phone(),
          c.watcherName(),
          c.status(),
          c.note(),
          c.checkedAt());
    }
  }

  record BoardResponse(
      long id,
      String name,
      boolean declaredDisaster,
      Instant closedAt,
      CountResponse total,
      List<CountResponse> byArea,
      List<CountResponse> byWatcher,
      List<CheckResponse> notYetKnown) {}

  private final Campaigns campaigns;
  private final CampaignQueries queries;
  private final CampaignBoard board;
  private final SafetyChecks checks;

  CampaignApiController(
      Campaigns campaigns, CampaignQueries queries, CampaignBoard board, SafetyChecks checks) {
    this.campaigns = campaigns;
    this.queries = queries;
    this.board = board;
    this.checks = checks;
  }

  @Operation(summary = "Start a safety-check campaign (安否確認) over an area")
  @PostMapping("/api/v1/watch/campaigns")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> start(@RequestBody CampaignInput in) {
    return Map.of("id", campaigns.start(CurrentUsers.require(), in));
  }

  @Operation(summary = "The caller's organisation's safety-check campaigns")
  @GetMapping("/api/v1/watch/campaigns")
  List<CampaignListItem> list() {
    CurrentUser user = CurrentUsers.require();
    if (!user.may(WatchPermissions.SAFETY_CHECK_RUN)) {
      throw new NotFoundException();
    }
    return queries.of(user).stream()
        .map(
            c ->
                new CampaignListItem(
                    c.id(),
                    c.name(),
                    c.areaName(),
                    c.declaredDisaster(),
                    c.startedAt(),
                    c.closedAt()))
        .toList();
  }

  @Operation(
      summary =
          "A campaign's live board: counts by state, area and watcher, and who is not yet known")
  @GetMapping("/api/v1/watch/campaigns/{id}")
  BoardResponse board(@PathVariable long id) {
    CampaignBoard.Board b = board.of(CurrentUsers.require(), id);
    return new BoardResponse(
        b.campaign().id(),
        b.campaign().name(),
        b.campaign().declaredDisaster(),
        b.campaign().closedAt(),
        CountResponse.of(b.total()),
        b.byArea().stream().map(CountResponse::of).toList(),
        b.byWatcher().stream().map(CountResponse::of).toList(),
        b.open().stream().map(CheckResponse::of).toList());
  }

  @Operation(summary = "Close the campaign; the sharing opened for a declared disaster ends")
  @PostMapping("/api/v1/watch/campaigns/{id}/close")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void close(@PathVariable long id) {
    campaigns.close(CurrentUsers.require(), id);
  }

  @Operation(summary = "The safety checks assigned to the caller in running campaigns")
  @GetMapping("/api/v1/watch/checks")
  List<CheckResponse> mine() {
    return queries.mine(CurrentUsers.require()).stream().map(CheckResponse::of).toList();
  }

  @Operation(summary = "Mark a safety check: safe, needs help, or not reached")
  @WritePermission({WatchPermissions.WATCH_REPORT, WatchPermissions.SAFETY_CHECK_RUN})
  @PostMapping("/api/v1/watch/checks/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void mark(@PathVariable long id, @RequestBody MarkRequest in) {
    checks.mark(CurrentUsers.require(), id, in.status(), in.note());
  }
}
