package org.tsunagu.watch.internal.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A door report as an alert shows it: the signs ticked, the word added, and how late it came. */
public record AlertReport(
    String signs,
    String note,
    boolean danger,
    Instant observedAt,
    Instant receivedAt,
    String reporterName) {

  /** The signs ticked, in the checklist's order. */
  public List<String> signList() {
    return signs == null || signs.isEmpty() ? List.of() : List.of(signs.split(","));
  }

  /** Minutes between the phone recording it and the server receiving it. */
  public long lateMinutes() {
    return Duration.between(observedAt, receivedAt).toMinutes();
  }
}
