package org.tsunagu.aid.internal.money;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.aid.internal.AidResponses;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;

/** Payments received, payouts made and annual fees billed, in the JSON API. */
@ApiController
@WritePermission(AidPermissions.AID_MANAGE)
class MoneyApiController {

  /** The fee year to bill: the year it starts in. */
  record FeeBillingInput(Integer feeYear) {}

  private final Payments payments;
  private final MoneyMoves moves;
  private final AnnualFees fees;

  MoneyApiController(Payments payments, MoneyMoves moves, AnnualFees fees) {
    this.payments = payments;
    this.moves = moves;
    this.fees = fees;
  }

  @Operation(
      summary =
          "Record money received from a member (利用料・年会費の入金), never more than they owe."
              + " Send Idempotency-Key")
  @PostMapping("/api/v1/aid/programmes/{programmeId}/payments")
  ResponseEntity<Map<String, Long>> payment(
      @PathVariable long programmeId,
      @RequestBody MoneyInput in,
      @RequestHeader(value = "Idempotency-Key", required = false) String key) {
    return AidResponses.created(
        payments.record(CurrentUsers.require(), programmeId, Payments.Direction.RECEIVED, in, key));
  }

  @Operation(
      summary =
          "Record money paid out to a supporter (謝礼・実費の支払), never more than they are owed."
              + " Send Idempotency-Key")
  @PostMapping("/api/v1/aid/programmes/{programmeId}/payouts")
  ResponseEntity<Map<String, Long>> payout(
      @PathVariable long programmeId,
      @RequestBody MoneyInput in,
      @RequestHeader(value = "Idempotency-Key", required = false) String key) {
    return AidResponses.created(
        payments.record(CurrentUsers.require(), programmeId, Payments.Direction.PAID_OUT, in, key));
  }

  @Operation(summary = "A member's payments received and payouts made, newest first")
  @GetMapping("/api/v1/aid/programmes/{programmeId}/members/{memberId}/money-moves")
  List<MoneyMoves.MoneyMove> moves(@PathVariable long programmeId, @PathVariable long memberId) {
    return moves.of(CurrentUsers.require(), programmeId, memberId);
  }

  @Operation(summary = "A fee year's annual fee: persons billed and members not billed yet")
  @GetMapping("/api/v1/aid/programmes/{programmeId}/annual-fees/{feeYear}")
  AnnualFees.FeeYear feeYear(@PathVariable long programmeId, @PathVariable int feeYear) {
    return fees.status(CurrentUsers.require(), programmeId, feeYear);
  }

  @Operation(
      summary =
          "Bill the annual fee (年会費) for a fee year to every person who is a member that year and"
              + " was not billed for it yet; billing again bills only newcomers")
  @PostMapping("/api/v1/aid/programmes/{programmeId}/annual-fees")
  AnnualFees.Billing bill(@PathVariable long programmeId, @RequestBody FeeBillingInput in) {
    return fees.bill(CurrentUsers.require(), programmeId, in.feeYear());
  }
}
