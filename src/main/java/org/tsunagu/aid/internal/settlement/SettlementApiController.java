package org.tsunagu.aid.internal.settlement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.aid.internal.ledger.Ledger;
import org.tsunagu.aid.internal.ledger.Statements;
import org.tsunagu.aid.internal.member.Members;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;
import org.tsunagu.platform.web.CreatedResponse;
import org.tsunagu.platform.web.NotFoundException;

/** Monthly settlement, statements, balances and corrections in the JSON API. */
@ApiController
@WritePermission(AidPermissions.AID_MANAGE)
class SettlementApiController {

  record SettleInput(String month) {}

  private final Settlements settlements;
  private final Corrections corrections;
  private final Statements statements;
  private final Ledger ledger;
  private final Members members;
  private final Programmes programmes;

  SettlementApiController(
      Settlements settlements,
      Corrections corrections,
      Statements statements,
      Ledger ledger,
      Members members,
      Programmes programmes) {
    this.settlements = settlements;
    this.corrections = corrections;
    this.statements = statements;
    this.ledger = ledger;
    this.members = members;
    this.programmes = programmes;
  }

  @Operation(
      summary =
          "Start settling and closing a month (yyyy-MM) that has ended, in the background: 202"
              + " with its progress and the Location to follow it; a closed month answers 200"
              + " unchanged, a month being settled answers 202 with its run")
  @ApiResponse(responseCode = "202", description = "Settling: follow the Location until CLOSED")
  @ApiResponse(responseCode = "200", description = "The month was already closed")
  @PostMapping("/api/v1/aid/programmes/{programmeId}/settlements")
  ResponseEntity<Settlements.Progress> settle(
      @PathVariable long programmeId, @RequestBody SettleInput in) {
    Settlements.Progress p = settlements.start(CurrentUsers.require(), programmeId, in.month());
    if (p.closed()) {
      return ResponseEntity.ok(p);
    }
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/aid/programmes/" + programmeId + "/settlements/" + p.month()))
        .body(p);
  }

  @Operation(summary = "The programme's settlements, latest first")
  @GetMapping("/api/v1/aid/programmes/{programmeId}/settlements")
  List<Settlements.Progress> list(@PathVariable long programmeId) {
    return settlements.of(CurrentUsers.require(), programmeId);
  }

  @Operation(
      summary =
          "A month's settlement: its progress while RUNNING, CLOSED when done, or its latest"
              + " FAILED run with the reason's message key")
  @GetMapping("/api/v1/aid/programmes/{programmeId}/settlements/{month}")
  Settlements.Progress one(@PathVariable long programmeId, @PathVariable String month) {
    return settlements.progress(CurrentUsers.require(), programmeId, month);
  }

  @Operation(summary = "A member's statement for a month: each posting and the totals")
  @GetMapping("/api/v1/aid/programmes/{programmeId}/members/{memberId}/statements/{month}")
  Statements.Statement statement(
      @PathVariable long programmeId, @PathVariable long memberId, @PathVariable String month) {
    CurrentUser user = CurrentUsers.require();
    programmes.managed(user, programmeId);
    members.find(programmeId, memberId).orElseThrow(NotFoundException::new);
    return statements.of(programmeId, memberId, Settlements.parse(month));
  }

  @Operation(summary = "Every account's balance (yen or minutes, debit positive)")
  @GetMapping("/api/v1/aid/programmes/{programmeId}/balances")
  List<Ledger.Balance> balances(@PathVariable long programmeId) {
    programmes.managed(CurrentUsers.require(), programmeId);
    return ledger.balances(programmeId);
  }

  @Operation(
      summary = "Reverse a posted journal in the first open month: how a closed month is corrected")
  @PostMapping("/api/v1/aid/programmes/{programmeId}/reversals")
  @ResponseStatus(HttpStatus.CREATED)
  CreatedResponse reverse(
      @PathVariable long programmeId, @RequestBody Corrections.ReversalInput in) {
    return new CreatedResponse(corrections.reverse(CurrentUsers.require(), programmeId, in));
  }

  @Operation(
      summary =
          "Adjust a member's yen account against the programme's share, in the first open month")
  @PostMapping("/api/v1/aid/programmes/{programmeId}/adjustments")
  @ResponseStatus(HttpStatus.CREATED)
  CreatedResponse adjust(
      @PathVariable long programmeId, @RequestBody Corrections.AdjustmentInput in) {
    return new CreatedResponse(corrections.adjust(CurrentUsers.require(), programmeId, in));
  }
}
