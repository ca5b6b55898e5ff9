package org.tsunagu.aid.internal.report;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.aid.internal.AidResponses;
import org.tsunagu.aid.internal.matching.Assignments;
import org.tsunagu.platform.idempotency.IdempotentResult;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;
import org.tsunagu.platform.web.NotFoundException;

/** A supporter's phone: their visits and offers, answering offers, reporting visits. */
@ApiController
@WritePermission(AidPermissions.AID_REPORT)
class TaskApiController {

  record AnswerInput(Boolean accept) {}

  private final Tasks tasks;
  private final ActivityReports reports;
  private final Assignments assignments;

  TaskApiController(Tasks tasks, ActivityReports reports, Assignments assignments) {
    this.tasks = tasks;
    this.reports = reports;
    this.assignments = assignments;
  }

  @Operation(
      summary =
          "The caller's visits to report and offers to answer, as a supporter; an offer carries"
              + " no recipient details (name, address, phone, place, notes) until accepted")
  @GetMapping("/api/v1/aid/tasks")
  List<Tasks.Task> tasks() {
    CurrentUser user = CurrentUsers.require();
    if (!user.may(AidPermissions.AID_REPORT)) {
      throw new NotFoundException();
    }
    return tasks.of(user);
  }

  @Operation(summary = "Accept or decline an offer made to the caller")
  @PostMapping("/api/v1/aid/offers/{assignmentId}/answer")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void answer(@PathVariable long assignmentId, @RequestBody AnswerInput in) {
    CurrentUser user = CurrentUsers.require();
    user.require(AidPermissions.AID_REPORT);
    assignments.answer(user, assignmentId, Boolean.TRUE.equals(in.accept()));
  }

  @Operation(summary = "Report a visit (活動報告). Send Idempotency-Key: sent twice, stored once")
  @PostMapping("/api/v1/aid/requests/{requestId}/report")
  ResponseEntity<Map<String, Long>> report(
      @PathVariable long requestId,
      @RequestBody ReportInput in,
      @RequestHeader(value = "Idempotency-Key", required = false) String key) {
    IdempotentResult result = reports.report(CurrentUsers.require(), requestId, in, key);
    return AidResponses.created(result);
  }
}
