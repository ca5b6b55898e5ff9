package org.tsunagu.watch.internal.report;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * A door report as sent from a phone. {@code observedAt} is when the phone recorded it (an ISO
 * instant), so a report kept while there was no signal shows how late it arrived.
 */
public record ObservationInput(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long targetId,
    @ArraySchema(schema = @Schema(implementation = Sign.class)) List<String> signs,
    @Schema(description = "Collapsed or in danger: 119/110 was to be called first") Boolean danger,
    String note,
    @Schema(example = "2026-11-30T05:05:00Z") String observedAt) {

  /** The same request however its signs were ordered or repeated, for the idempotency check. */
  public Object canonical() {
    EnumSet<Sign> set = EnumSet.noneOf(Sign.class);
    if (signs != null) {
      signs.stream().filter(Objects::nonNull).forEach(s -> set.add(Sign.valueOf(s)));
    }
    return new Object[] {targetId, set, Boolean.TRUE.equals(danger), note, observedAt};
  }
}
