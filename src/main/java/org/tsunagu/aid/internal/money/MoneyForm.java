package org.tsunagu.aid.internal.money;

import org.tsunagu.aid.internal.AidForms;

/** The money forms as typed: a payment or payout, or minutes to cash out. */
record MoneyForm(
    String direction,
    String memberId,
    String amountYen,
    String method,
    String paidOn,
    String minutes,
    String memo,
    String key) {

  static MoneyForm blank(String today, String key) {
    return new MoneyForm("RECEIVED", null, null, "CASH", today, null, null, key);
  }

  MoneyInput money() {
    Integer yen = AidForms.integer(amountYen);
    return new MoneyInput(
        AidForms.id(memberId), yen == null ? null : yen.longValue(), method, paidOn, memo);
  }

  Payments.Direction moneyDirection() {
    return "PAID_OUT".equals(direction) ? Payments.Direction.PAID_OUT : Payments.Direction.RECEIVED;
  }
}
