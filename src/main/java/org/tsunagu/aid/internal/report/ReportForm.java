package org.tsunagu.aid.internal.report;

import org.tsunagu.aid.internal.AidForms;

/** The visit report as typed on the phone, with the key that stores it once. */
record ReportForm(
    String started,
    String ended,
    String done,
    String travelYen,
    String expenseYen,
    String concern,
    String takeCredits,
    String idempotencyKey) {

  ReportInput input() {
    return new ReportInput(
        started,
        ended,
        done,
        AidForms.integer(travelYen),
        AidForms.integer(expenseYen),
        concern,
        "true".equals(takeCredits));
  }
}
