package org.tsunagu.consultation.internal.intake;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The choices of an intake that travel as text: how it came in and who brought it. */
final class IntakeChoices {

  /** How the consultation came in. */
  enum Channel {
    IN_PERSON,
    PHONE,
    VISIT,
    DOOR,
    CARD,
    PAPER_CARD,
    OUTREACH,
    OTHER
  }

  /** Who brought it. */
  enum ReporterKind {
    SELF,
    FAMILY,
    NEIGHBOUR,
    WELFARE_VOLUNTEER,
    SALON_HOST,
    SUPPORTER,
    DELIVERY,
    PROFESSIONAL,
    OTHER
  }

  private IntakeChoices() {}

  static Set<String> names(Class<? extends Enum<?>> choices) {
    return Arrays.stream(choices.getEnumConstants())
        .map(Enum::name)
        .collect(Collectors.toUnmodifiableSet());
  }
}
