package org.tsunagu.aid.internal.credit;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;
import org.tsunagu.platform.web.CreatedResponse;

/**
 * Banked minutes (時間預託) in the JSON API: given to another member, cashed out, and who besides the
 * holder may spend them.
 */
@ApiController
@WritePermission(AidPermissions.AID_MANAGE)
class CreditApiController {

  private final CreditMoves moves;
  private final CreditCashOuts cashOuts;
  private final CreditUsers users;

  CreditApiController(CreditMoves moves, CreditCashOuts cashOuts, CreditUsers users) {
    this.moves = moves;
    this.cashOuts = cashOuts;
    this.users = users;
  }

  @Operation(
      summary =
          "Give banked minutes to another member, where the programme lets them be given away;"
              + " never more than the giver holds")
  @PostMapping("/api/v1/aid/programmes/{programmeId}/credit-gifts")
  @ResponseStatus(HttpStatus.CREATED)
  CreatedResponse give(@PathVariable long programmeId, @RequestBody CreditMoves.GiftInput in) {
    return new CreatedResponse(moves.give(CurrentUsers.require(), programmeId, in));
  }

  @Operation(
      summary =
          "Cash out a member's banked minutes where the programme allows it, at the weekday"
              + " supporter rate rounded down; the yen are owed to the member until paid out."
              + " Send Idempotency-Key")
  @PostMapping("/api/v1/aid/programmes/{programmeId}/credit-cash-outs")
  @ResponseStatus(HttpStatus.CREATED)
  CreditCashOuts.CashOut cashOut(
      @PathVariable long programmeId,
      @RequestBody CreditCashOuts.CashOutInput in,
      @RequestHeader(value = "Idempotency-Key", required = false) String key) {
    return cashOuts.cashOut(CurrentUsers.require(), programmeId, in, key);
  }

  @Operation(summary = "The members a holder lets spend their banked minutes, with the relation")
  @GetMapping("/api/v1/aid/programmes/{programmeId}/members/{memberId}/credit-users")
  List<CreditUsers.CreditUser> creditUsers(
      @PathVariable long programmeId, @PathVariable long memberId) {
    return users.of(CurrentUsers.require(), programmeId, memberId);
  }

  @Operation(
      summary =
          "Let another member spend the holder's banked minutes, as the holder's SPOUSE, PARENT"
              + " or CHILD where the programme allows that relation (recorded again: replaced)")
  @PutMapping("/api/v1/aid/programmes/{programmeId}/members/{memberId}/credit-users")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void recordCreditUser(
      @PathVariable long programmeId,
      @PathVariable long memberId,
      @RequestBody CreditUsers.CreditUserInput in) {
    users.record(CurrentUsers.require(), programmeId, memberId, in);
  }

  @Operation(summary = "No longer let that member spend the holder's banked minutes")
  @DeleteMapping("/api/v1/aid/programmes/{programmeId}/members/{memberId}/credit-users/{userId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void removeCreditUser(
      @PathVariable long programmeId, @PathVariable long memberId, @PathVariable long userId) {
    users.remove(CurrentUsers.require(), programmeId, memberId, userId);
  }
}
