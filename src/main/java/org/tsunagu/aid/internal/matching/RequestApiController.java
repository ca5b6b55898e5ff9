package org.tsunagu.aid.internal.matching;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.aid.internal.AidChecks;
import org.tsunagu.aid.internal.AidResponses;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.aid.internal.report.ActivityReports;
import org.tsunagu.aid.internal.report.ReportInput;
import org.tsunagu.aid.internal.request.HelpRequest;
import org.tsunagu.aid.internal.request.HelpRequests;
import org.tsunagu.aid.internal.request.RequestCancelling;
import org.tsunagu.aid.internal.request.RequestInput;
import org.tsunagu.aid.internal.request.RequestTaking;
import org.tsunagu.platform.idempotency.IdempotentResult;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;
import org.tsunagu.platform.web.Problems;

/** Requests (依頼) and sending supporters (マッチング) in the JSON API. */
@ApiController
@WritePermission(AidPermissions.AID_MANAGE)
class RequestApiController {

  record ConfirmInput(Long supporterId) {}

  record OfferInput(List<Long> supporterIds) {}

  record CancelInput(Boolean noNotice) {}

  private final RequestTaking taking;
  private final RequestCancelling cancelling;
  private final HelpRequests requests;
  private final Matching matching;
  private final Assignments assignments;
  private final Programmes programmes;
  private final ActivityReports reports;
  private final Clock clock;

  RequestApiController(
      RequestTaking taking,
      RequestCancelling cancelling,
      HelpRequests requests,
      Matching matching,
      Assignments assignments,
      Programmes programmes,
      ActivityReports reports,
      Clock clock) {
    this.taking = taking;
    this.cancelling = cancelling;
    this.requests = requests;
    this.matching = matching;
    this.assignments = assignments;
    this.programmes = programmes;
    this.reports = reports;
    this.clock = clock;
  }

  @Operation(summary = "Take a request; weeks > 1 makes it weekly. Answers the visits' ids")
  @PostMapping("/api/v1/aid/programmes/{programmeId}/requests")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, List<Long>> take(@PathVariable long programmeId, @RequestBody RequestInput in) {
    return Map.of("ids", taking.take(CurrentUsers.require(), programmeId, in));
  }

  @Operation(summary = "Requests starting in [from, until) (dates), optionally of one status")
  @GetMapping("/api/v1/aid/programmes/{programmeId}/requests")
  List<HelpRequest> list(
      @PathVariable long programmeId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String until,
      @RequestParam(required = false) String status) {
    CurrentUser user = CurrentUsers.require();
    programmes.managed(user, programmeId);
    Problems p = new Problems();
    LocalDate start = AidChecks.date(p, "from", from, false);
    LocalDate end = AidChecks.date(p, "until", until, false);
    if (status != null) {
      AidChecks.choice(
          p, "status", status, java.util.Set.of("OPEN", "ASSIGNED", "DONE", "CANCELLED"));
    }
    p.throwIfAny();
    LocalDate first = start == null ? LocalDate.now(clock) : start;
    LocalDate last = end == null ? first.plusWeeks(1) : end;
    return requests.between(
        programmeId,
        first.atStartOfDay(clock.getZone()).toInstant(),
        last.atStartOfDay(clock.getZone()).toInstant(),
        status);
  }

  @Operation(summary = "The supporters who could go, best first, each with its reasons")
  @GetMapping("/api/v1/aid/programmes/{programmeId}/requests/{requestId}/suggestions")
  Matching.Suggestions suggestions(@PathVariable long programmeId, @PathVariable long requestId) {
    return matching.suggest(CurrentUsers.require(), programmeId, requestId);
  }

  @Operation(summary = "Send this supporter (and keep them for the weekly request's later visits)")
  @PostMapping("/api/v1/aid/programmes/{programmeId}/requests/{requestId}/confirmation")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void confirm(
      @PathVariable long programmeId, @PathVariable long requestId, @RequestBody ConfirmInput in) {
    assignments.confirm(CurrentUsers.require(), programmeId, requestId, in.supporterId());
  }

  @Operation(summary = "Ask several supporters at once; the first to accept takes the visit")
  @PostMapping("/api/v1/aid/programmes/{programmeId}/requests/{requestId}/offers")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void offer(
      @PathVariable long programmeId, @PathVariable long requestId, @RequestBody OfferInput in) {
    assignments.offer(CurrentUsers.require(), programmeId, requestId, in.supporterIds());
  }

  @Operation(
      summary =
          "Type in a paper visit report (活動報告書) for the confirmed supporter. Send"
              + " Idempotency-Key")
  @PostMapping("/api/v1/aid/programmes/{programmeId}/requests/{requestId}/report")
  ResponseEntity<Map<String, Long>> report(
      @PathVariable long programmeId,
      @PathVariable long requestId,
      @RequestBody ReportInput in,
      @RequestHeader(value = "Idempotency-Key", required = false) String key) {
    IdempotentResult result =
        reports.recordForSupporter(CurrentUsers.require(), programmeId, requestId, in, key);
    return AidResponses.created(result);
  }

  @Operation(summary = "Cancel a visit; the notice is judged now (noNotice: nobody called)")
  @PostMapping("/api/v1/aid/programmes/{programmeId}/requests/{requestId}/cancellation")
  Map<String, String> cancel(
      @PathVariable long programmeId, @PathVariable long requestId, @RequestBody CancelInput in) {
    return Map.of(
        "notice",
        cancelling.cancel(
            CurrentUsers.require(), programmeId, requestId, Boolean.TRUE.equals(in.noNotice())));
  }
}
