package org.tsunagu.aid.internal.money;

import org.tsunagu.aid.internal.AidForms;

/**
 * The money forms as typed: a payment or payout, or minutes to cash out; {@code focus} is the
 * member the page was opened on.
 */
record MoneyForm(
    String direction,
    String memberId,
    String amountYen,
    String method,
    String paidOn,
    String minutes,
    String memo,
    String key,
    String focus) {

  /** A blank form; opened on a member ({@code focus}, may be null), they are chosen. */
  static MoneyForm blank(String today, String key, Long focus) {
    String member = focus == null ? null : focus.toString();
    return new MoneyForm("RECEIVED", member, null, "CASH", today, null, null, key, member);
  }

  /** Where the page returns to: opened on the member it was opened on. */
  String page(long programmeId) {
    Long member = AidForms.id(focus);
    return "/aid/programmes/"
        + programmeId
        + "/money"
        + (member == null || member < 0 ? "" : "?member=" + member);
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
