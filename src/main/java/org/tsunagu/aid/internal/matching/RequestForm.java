package org.tsunagu.aid.internal.matching;

import org.tsunagu.aid.internal.AidForms;
import org.tsunagu.aid.internal.request.RequestInput;

/** The request form as typed: every field text until checked. */
record RequestForm(
    String recipientId,
    String service,
    String date,
    String starts,
    String minutes,
    String weeks,
    String place,
    String notes) {

  static RequestForm blank(String date) {
    return new RequestForm(null, null, date, "10:00", "60", "1", null, null);
  }

  RequestInput input() {
    return new RequestInput(
        AidForms.id(recipientId),
        service,
        date,
        starts,
        AidForms.integer(minutes),
        AidForms.integer(weeks),
        place,
        notes,
        null,
        null);
  }
}
