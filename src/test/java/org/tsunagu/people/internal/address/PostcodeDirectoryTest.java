package org.tsunagu.people.internal.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeDirectoryTest {

  private static final PostcodeDirectory DIRECTORY = new PostcodeDirectory();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "3060023",
        "306-0023",
        "〒306-0023",
        "〒 306-0023",
        "３０６－００２３",
        "３０６ー００２３",
        " 306−0023 ",
        "〒３０６００２３"
      })
  void shouldNormaliseAcceptedPostcodeForms(String input) {
    assertThat(PostcodeDirectory.normalise(input)).isEqualTo("3060023");
    assertThat(PostcodeDirectory.isWellFormed(input)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "  ",
        "306002",
        "30600234",
        "3060-023",
        "306--0023",
        "306 0023x",
        "abc-defg",
        "〒",
        "306/0023",
        "306-0023-1"
      })
  void shouldRejectMalformedPostcodes(String input) {
    assertThat(PostcodeDirectory.normalise(input)).isNull();
    assertThat(PostcodeDirectory.isWellFormed(input)).isFalse();
    assertThat(DIRECTORY.lookup(input)).isEmpty();
  }

  @Test
  void shouldLookUpKogaPostcode() {
    assertThat(DIRECTORY.lookup("306-0023"))
        .containsExactly(new PostcodeEntry("3060023", "08204", "茨城県", "古河市", "本町"));
  }

  @ParameterizedTest
  @CsvSource({"3060012, 旭町", "3060033, 中央町", "3060231, 小堤"})
  void shouldLookUpTownsOfKoga(String postcode, String town) {
    assertThat(DIRECTORY.lookup(postcode))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.prefecture()).isEqualTo("茨城県");
              assertThat(e.municipality()).isEqualTo("古河市");
              assertThat(e.municipalityCode()).isEqualTo("08204");
              assertThat(e.town()).isEqualTo(town);
            });
  }

  @Test
  void shouldAcceptFullWidthInputForLookup() {
    assertThat(DIRECTORY.lookup("〒３０６－００２３")).extracting(PostcodeEntry::town).containsExactly("本町");
  }

  @Test
  void shouldReturnEveryTownOfPostcodeWithSeveralTowns() {
    assertThat(DIRECTORY.lookup("036-0211"))
        .allSatisfy(
            e -> {
              assertThat(e.postcode()).isEqualTo("0360211");
              assertThat(e.prefecture()).isEqualTo("青森県");
              assertThat(e.municipality()).isEqualTo("平川市");
            })
        .extracting(PostcodeEntry::town)
        .containsExactly("高木岡崎", "高木岡田", "高木岡部", "高木豊岡", "高木豊田", "高木原田", "高木原富", "高木松元");
  }

  @Test
  void shouldReturnEntriesInDifferentMunicipalitiesWithEmptyTown() {
    assertThat(DIRECTORY.lookup("3150000"))
        .containsExactly(
            new PostcodeEntry("3150000", "08205", "茨城県", "石岡市", ""),
            new PostcodeEntry("3150000", "08230", "茨城県", "かすみがうら市", ""));
  }

  @Test
  void shouldKeepLeadingZeroOfPostcode() {
    assertThat(DIRECTORY.lookup("060-0000"))
        .containsExactly(new PostcodeEntry("0600000", "01101", "北海道", "札幌市中央区", ""));
  }

  @Test
  void shouldFindFirstAndLastPostcodes() {
    assertThat(DIRECTORY.lookup("1000000"))
        .extracting(PostcodeEntry::municipality)
        .containsExactly("千代田区");
    assertThat(DIRECTORY.lookup("9071801")).extracting(PostcodeEntry::town).containsExactly("与那国");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0000000", "9999999", "3060099"})
  void shouldReturnEmptyListForUnknownPostcode(String postcode) {
    assertThat(PostcodeDirectory.isWellFormed(postcode)).isTrue();
    assertThat(DIRECTORY.lookup(postcode)).isEmpty();
  }

  @Test
  void shouldLoadEveryRow() {
    assertThat(DIRECTORY.size()).isEqualTo(120_497);
  }

  @Test
  void shouldShareRepeatedStrings() {
    PostcodeEntry a = DIRECTORY.lookup("3060023").get(0);
    PostcodeEntry b = DIRECTORY.lookup("3060012").get(0);
    assertThat(a.prefecture()).isSameAs(b.prefecture());
    assertThat(a.municipality()).isSameAs(b.municipality());
  }

  @Test
  void shouldReturnUnmodifiableList() {
    List<PostcodeEntry> entries = DIRECTORY.lookup("3060023");
    assertThatThrownBy(entries::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void shouldLoadCorrectlyWhenFirstUsedConcurrently() throws Exception {
    PostcodeDirectory fresh = new PostcodeDirectory();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<PostcodeEntry>>> calls =
          IntStream.range(0, 8)
              .<Callable<List<PostcodeEntry>>>mapToObj(i -> () -> fresh.lookup("3060023"))
              .toList();
      for (Future<List<PostcodeEntry>> f : pool.invokeAll(calls)) {
        assertThat(f.get()).extracting(PostcodeEntry::town).containsExactly("本町");
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void shouldFailClearlyWhenDataIsMissing() {
    PostcodeDirectory missing = new PostcodeDirectory("/data/postcodes/nope.csv.gz");
    assertThat(PostcodeDirectory.isWellFormed("3060023")).isTrue();
    assertThatThrownBy(() -> missing.lookup("3060023"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nope.csv.gz");
  }
}
