package org.tsunagu.people.internal.demo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.tsunagu.people.internal.demo.NameLists.Name;
import org.tsunagu.platform.text.JapaneseText;

/**
 * Deterministic generator of people who do not exist: the same seed and reference date give the
 * same people in the same order. Family names are drawn with a Zipf-like weight towards the top of
 * the list (it is ordered by frequency); the sex is drawn first, then a given name of that sex.
 */
public final class SyntheticPeople {

  public static final String FEMALE = "FEMALE";
  public static final String MALE = "MALE";

  // 1/(rank + 10) gives the most common name about 2.5% of people, close to 佐藤 in Japan.
  private static final int ZIPF_OFFSET = 10;

  private final NameLists names;
  private final SplittableRandom random;
  private final LocalDate today;
  private final double[] familyCumulative;

  public SyntheticPeople(NameLists names, long seed, LocalDate today) {
    this.names = names;
    this.random = new SplittableRandom(seed);
    this.today = today;
    this.familyCumulative = zipfCumulative(names.familyNames().size());
  }

  /** A person of either sex, women with probability {@code femaleShare}. */
  public SyntheticPerson person(AgeProfile ages, double femaleShare) {
    return person(random.nextDouble() < femaleShare ? FEMALE : MALE, ages);
  }

  /** A person of the given sex (FEMALE or MALE) with a newly drawn family name. */
  public SyntheticPerson person(String sex, AgeProfile ages) {
    return relative(familyName(), sex, ages);
  }

  /** A person of the given sex sharing {@code family}'s family name, e.g. a household member. */
  public SyntheticPerson relative(SyntheticPerson family, String sex, AgeProfile ages) {
    return relative(new Name(family.familyName(), family.familyKana()), sex, ages);
  }

  private SyntheticPerson relative(Name family, String sex, AgeProfile ages) {
    List<Name> given = FEMALE.equals(sex) ? names.femaleNames() : names.maleNames();
    Name name = given.get(random.nextInt(given.size()));
    return new SyntheticPerson(
        family.kanji(),
        name.kanji(),
        JapaneseText.toKatakana(family.kana()),
        JapaneseText.toKatakana(name.kana()),
        sex,
        birthDate(ages),
        phone());
  }

  /** A mobile number in 090-0000-xxxx, a block that is not assigned to anyone. */
  public String phone() {
    return String.format("090-0000-%04d", random.nextInt(10_000));
  }

  /**
   * A street address in the area: 丁目 areas get 番-号 ("旭町一丁目3-12"), others a 番地 with an optional
   * branch ("新久田123-4").
   */
  public String addressLine(String areaName) {
    if (areaName.endsWith("丁目")) {
      return areaName + (1 + random.nextInt(30)) + "-" + (1 + random.nextInt(25));
    }
    int banchi = 1 + random.nextInt(2_500);
    return random.nextBoolean()
        ? areaName + banchi
        : areaName + banchi + "-" + (1 + random.nextInt(9));
  }

  /** Draws an integer in [0, bound), for choices the caller makes with the same seed. */
  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** True with probability {@code p}. */
  public boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private Name familyName() {
    double x = random.nextDouble() * familyCumulative[familyCumulative.length - 1];
    int i = Arrays.binarySearch(familyCumulative, x);
    int index = i >= 0 ? i : -i - 1;
    return names.familyNames().get(Math.min(index, familyCumulative.length - 1));
  }

  private LocalDate birthDate(AgeProfile ages) {
    int age = ages.sample(random);
    // Any day in the year before the last birthday that makes the person exactly `age` today.
    LocalDate latest = today.minusYears(age);
    return latest.minusDays(random.nextInt(365));
  }

  private static double[] zipfCumulative(int size) {
    double[] cumulative = new double[size];
    double sum = 0;
    for (int rank = 0; rank < size; rank++) {
      sum += 1.0 / (rank + ZIPF_OFFSET);
      cumulative[rank] = sum;
    }
    return cumulative;
  }
}
