package org.tsunagu.people.internal.demo;

import java.util.List;
import java.util.SplittableRandom;

/** An age distribution as weighted bands of whole years, both ends inclusive. */
public record AgeProfile(List<Band> bands) {

  /** Ages from {@code min} to {@code max} years, drawn with the given relative weight. */
  public record Band(int min, int max, double weight) {}

  /** Aged 65 and over, thinning out after 85. */
  public static final AgeProfile ELDERLY =
      of(new Band(65, 74, 45), new Band(75, 84, 38), new Band(85, 94, 15), new Band(95, 101, 2));

  /** Adults of working age. */
  public static final AgeProfile WORKING_AGE =
      of(new Band(25, 39, 35), new Band(40, 54, 40), new Band(55, 64, 25));

  /** Children living with their parents. */
  public static final AgeProfile CHILD = of(new Band(0, 17, 1));

  /** Supporters of mutual aid: mostly active retirees, some adults of working age. */
  public static final AgeProfile SUPPORTER =
      of(new Band(25, 49, 20), new Band(50, 64, 30), new Band(65, 79, 50));

  /** Everyone else met by welfare services: all adult ages. */
  public static final AgeProfile ADULT =
      of(new Band(18, 39, 30), new Band(40, 64, 45), new Band(65, 89, 25));

  public AgeProfile {
    bands = List.copyOf(bands);
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("An age profile needs at least one band");
    }
  }

  public static AgeProfile of(Band... bands) {
    return new AgeProfile(List.of(bands));
  }

  /** An age in whole years. */
  int sample(SplittableRandom random) {
    double total = bands.stream().mapToDouble(Band::weight).sum();
    double x = random.nextDouble(total);
    for (Band band : bands) {
      x -= band.weight();
      if (x < 0) {
        return random.nextInt(band.min(), band.max() + 1);
      }
    }
    Band last = bands.get(bands.size() - 1);
    return random.nextInt(last.min(), last.max() + 1);
  }
}
