package org.tsunagu.people.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tsunagu.platform.text.JapaneseText;

class SyntheticPeopleTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  private static List<SyntheticPerson> draw(long seed, int count, AgeProfile ages) {
    SyntheticPeople people = new SyntheticPeople(NameLists.bundled(), seed, TODAY);
    return IntStream.range(0, count).mapToObj(i -> people.person(ages, 0.5)).toList();
  }

  @Test
  void sameSeedGivesSamePeople() {
    assertThat(draw(42, 200, AgeProfile.ADULT)).isEqualTo(draw(42, 200, AgeProfile.ADULT));
    assertThat(draw(42, 200, AgeProfile.ADULT)).isNotEqualTo(draw(43, 200, AgeProfile.ADULT));
  }

  @Test
  void sexRatioIsEvenWhenAskedAndGivenNamesMatchTheSex() {
    List<SyntheticPerson> people = draw(1, 10_000, AgeProfile.ADULT);
    long women = people.stream().filter(p -> p.sex().equals("FEMALE")).count();
    assertThat(women).isBetween(4_700L, 5_300L);
    var names = NameLists.bundled();
    assertThat(people)
        .allSatisfy(
            p ->
                assertThat(p.sex().equals("FEMALE") ? names.femaleNames() : names.maleNames())
                    .contains(new NameLists.Name(p.givenName(), p.givenKana())));
  }

  @Test
  void familyNamesLeanTowardsTheTopOfTheList() {
    List<SyntheticPerson> people = draw(2, 20_000, AgeProfile.ADULT);
    String top = NameLists.bundled().familyNames().get(0).kanji();
    String last = NameLists.bundled().familyNames().get(499).kanji();
    long topCount = people.stream().filter(p -> p.familyName().equals(top)).count();
    long lastCount = people.stream().filter(p -> p.familyName().equals(last)).count();
    assertThat(topCount).isBetween(200L, 800L);
    assertThat(topCount).isGreaterThan(10 * Math.max(1, lastCount));
  }

  @Test
  void kanaIsFullWidthKatakanaAndKeysMatchTheApp() {
    assertThat(draw(3, 2_000, AgeProfile.ADULT))
        .allSatisfy(
            p -> {
              assertThat(p.familyKana() + p.givenKana()).matches("[\\u30A1-\\u30FA\\u30FC]+");
              assertThat(p.kanaKey())
                  .isEqualTo(JapaneseText.searchKey(p.familyKana() + p.givenKana()));
              assertThat(p.nameKey())
                  .isEqualTo(JapaneseText.searchKey(p.familyName() + p.givenName()));
              assertThat(p.phone()).matches("090-0000-\\d{4}");
            });
  }

  @Test
  void agesFollowTheProfile() {
    assertThat(draw(4, 2_000, AgeProfile.ELDERLY))
        .allSatisfy(
            p -> assertThat(Period.between(p.birthDate(), TODAY).getYears()).isBetween(65, 101));
  }

  @Test
  void addressesUseTheAreaName() {
    SyntheticPeople people = new SyntheticPeople(NameLists.bundled(), 5, TODAY);
    assertThat(people.addressLine("旭町一丁目")).matches("旭町一丁目\\d+-\\d+");
    assertThat(people.addressLine("新久田")).matches("新久田\\d+(-\\d+)?");
  }

  @Test
  void postcodesComeFromTheLongestMatchingTownArea() {
    Postcodes postcodes = new Postcodes(java.util.Set.of("古河市", "横浜市鶴見区"));
    assertThat(postcodes.find("古河市", "旭町一丁目")).isEqualTo("3060012");
    assertThat(postcodes.find("横浜市鶴見区", "朝日町一丁目")).isNotNull();
  }
}
