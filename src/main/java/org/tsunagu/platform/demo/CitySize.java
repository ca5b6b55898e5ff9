package org.tsunagu.platform.demo;

/**
 * How many persons of each group, cases and referrals the city-scale set has; organisations, areas,
 * staff and windows are fixed.
 */
public record CitySize(int elderlyAlone, int supporters, int others, int cases, int referrals) {

  /**
   * product.md's city: 200,000 aged 65+ living alone, 50,000 supporters, 150,000 others; 100,000
   * cases with 150,000 referrals.
   */
  public static CitySize full() {
    return new CitySize(200_000, 50_000, 150_000, 100_000, 150_000);
  }

  /** The full set scaled by {@code factor}, e.g. 0.01 for tests. */
  public static CitySize scaled(double factor) {
    CitySize full = full();
    return new CitySize(
        (int) Math.round(full.elderlyAlone * factor),
        (int) Math.round(full.supporters * factor),
        (int) Math.round(full.others * factor),
        (int) Math.round(full.cases * factor),
        (int) Math.round(full.referrals * factor));
  }

  public int persons() {
    return elderlyAlone + supporters + others;
  }
}
