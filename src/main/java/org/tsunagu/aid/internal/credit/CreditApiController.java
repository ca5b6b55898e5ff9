package org.tsunagu.aid.internal.credit;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;
import org.tsunagu.platform.web.CreatedResponse;

/** Banked minutes (時間預託) given by one member to another or cashed out, in the JSON API. */
@ApiController
@WritePermission(AidPermissions.AID_MANAGE)
class CreditApiController {

  private final CreditMoves moves;
  private final CreditCashOuts cashOuts;

  CreditApiController(CreditMoves moves, CreditCashOuts cashOuts) {
    this.moves = moves;
    this.cashOuts = cashOuts;
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
              + " supporter rate rounded down; the yen are owed to the member until paid out")
  @PostMapping("/api/v1/aid/programmes/{programmeId}/credit-cash-outs")
  @ResponseStatus(HttpStatus.CREATED)
  CreditCashOuts.CashOut cashOut(
      @PathVariable long programmeId, @RequestBody CreditCashOuts.CashOutInput in) {
    return cashOuts.cashOut(CurrentUsers.require(), programmeId, in);
  }
}
