package org.tsunagu.consultation.internal.numbers;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** What every numbers query is bound to: the period, the scope and today's date in Tokyo. */
record QueryContext(ReportPeriod period, NumbersScope scope, LocalDate today) {

  Map<String, Object> params() {
    Map<String, Object> p = new HashMap<>();
    p.put("from", period.from());
    p.put("to", period.to());
    p.put("fromTs", period.start());
    p.put("toTs", period.endExclusive());
    p.put("today", today);
    if (scope.organizationId() != null) {
      p.put("org", scope.organizationId());
    }
    return p;
  }
}
