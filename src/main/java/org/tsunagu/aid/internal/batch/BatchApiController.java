package org.tsunagu.aid.internal.batch;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.aid.internal.AidChecks;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;
import org.tsunagu.platform.web.CreatedResponse;
import org.tsunagu.platform.web.Problems;

/** A week's open requests assigned at once: proposed, reviewed, sent. */
@ApiController
@WritePermission(AidPermissions.AID_MANAGE)
class BatchApiController {

  record ProposeInput(String week) {}

  /** The requests whose lines to send; leave out to send every proposed line. */
  record SendInput(List<Long> requestIds) {}

  private final BatchProposals proposals;
  private final BatchSending sending;
  private final BatchQueries queries;
  private final Programmes programmes;

  BatchApiController(
      BatchProposals proposals, BatchSending sending, BatchQueries queries, Programmes programmes) {
    this.proposals = proposals;
    this.sending = sending;
    this.queries = queries;
    this.programmes = programmes;
  }

  @Operation(
      summary =
          "Propose supporters for the open requests of the week holding a day (yyyy-MM-dd);"
              + " nothing is sent")
  @PostMapping("/api/v1/aid/programmes/{programmeId}/batch-proposals")
  @ResponseStatus(HttpStatus.CREATED)
  CreatedResponse propose(@PathVariable long programmeId, @RequestBody ProposeInput in) {
    Problems p = new Problems();
    LocalDate day = AidChecks.date(p, "week", in.week(), false);
    p.throwIfAny();
    return new CreatedResponse(proposals.propose(CurrentUsers.require(), programmeId, day));
  }

  @Operation(summary = "A proposal: its travel, continuity and fairness, and every line with why")
  @GetMapping("/api/v1/aid/programmes/{programmeId}/batch-proposals/{proposalId}")
  BatchQueries.Proposal proposal(@PathVariable long programmeId, @PathVariable long proposalId) {
    CurrentUser user = CurrentUsers.require();
    programmes.managed(user, programmeId);
    return queries.find(programmeId, proposalId);
  }

  @Operation(summary = "Send the reviewed proposal: confirm the lines kept, skip the others")
  @PostMapping("/api/v1/aid/programmes/{programmeId}/batch-proposals/{proposalId}/sending")
  BatchQueries.Proposal send(
      @PathVariable long programmeId, @PathVariable long proposalId, @RequestBody SendInput in) {
    CurrentUser user = CurrentUsers.require();
    sending.send(
        user,
        programmeId,
        proposalId,
        in.requestIds() == null ? null : new HashSet<>(in.requestIds()));
    return queries.find(programmeId, proposalId);
  }
}
