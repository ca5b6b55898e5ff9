package org.tsunagu.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tsunagu.people.internal.person.PersonSearch;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

@IntegrationTest
class PersonSearchTest {

  @Autowired TestData data;
  @Autowired PersonSearch search;

  CurrentUser coordinator;
  long yamada;
  long takahashi;

  @BeforeEach
  void setUp() {
    coordinator = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    yamada = data.register(coordinator, TestData.person("山田", "太郎", "やまだ", "たろう", "1945-05-05"));
    data.register(coordinator, TestData.person("山田", "太一", "やまだ", "たいち", "1950-01-01"));
    data.register(coordinator, TestData.person("大山田", "次郎", "おおやまだ", "じろう", "1952-02-02"));
    takahashi =
        data.register(coordinator, TestData.person("髙橋", "惠子", "たかはし", "けいこ", "1938-03-03"));
    data.register(coordinator, TestData.person("林", "実", "はやし", "みのる", "1941-04-04"));
  }

  private List<Long> ids(String query) {
    return TestData.asUser(coordinator, () -> search.search(coordinator, query, 0)).hits().stream()
        .map(PersonHit::id)
        .toList();
  }

  @Test
  void shouldFindByKanaTypedThreeWays() {
    assertThat(ids("ヤマダ タロウ")).first().isEqualTo(yamada);
    assertThat(ids("やまだ　たろう")).first().isEqualTo(yamada);
    assertThat(ids("ﾔﾏﾀﾞ ﾀﾛｳ")).first().isEqualTo(yamada);
    assertThat(ids("山田太郎")).first().isEqualTo(yamada);
  }

  @Test
  void shouldFoldVariantKanji() {
    assertThat(ids("高橋恵子")).containsExactly(takahashi);
    assertThat(ids("髙橋")).contains(takahashi);
  }

  @Test
  void shouldRankExactBeforePrefixBeforeContains() {
    List<Long> hits = ids("やまだ");
    assertThat(hits).hasSizeGreaterThanOrEqualTo(3);
    // 大山田 only contains やまだ, so it comes after the two 山田 who start with it.
    assertThat(hits.get(2)).isNotEqualTo(yamada);
    assertThat(hits.subList(0, 2)).contains(yamada);
  }

  @Test
  void shouldStopThePrefixAtTheNextKana() {
    // チ follows ダ in code-point order: the first key past every key starting with ヤマダ.
    long yamachi =
        data.register(coordinator, TestData.person("山地", "一郎", "やまち", "いちろう", "1960-06-06"));
    assertThat(ids("やまだ")).doesNotContain(yamachi);
    assertThat(ids("やまち")).containsExactly(yamachi);
    assertThat(ids("やまちいちろう")).containsExactly(yamachi);
  }

  @Test
  void shouldFindOneCharacterAndPartialGivenNames() {
    assertThat(ids("林")).isNotEmpty();
    assertThat(ids("たろう")).contains(yamada);
  }

  @Test
  void shouldFindNobodyForAnotherOrganisation() {
    CurrentUser other = data.user(data.organization(OrganizationType.NPO), Role.COORDINATOR);
    assertThat(TestData.asUser(other, () -> search.search(other, "やまだ", 0)).hits()).isEmpty();
  }

  @Test
  void shouldAuditSearchWithIdsShownAndNoNames() {
    long before = data.count("platform.audit_entry WHERE action = 'SEARCH'");
    ids("やまだ たろう");
    assertThat(data.count("platform.audit_entry WHERE action = 'SEARCH'")).isEqualTo(before + 1);
    assertThat(data.count("platform.audit_entry WHERE detail LIKE '%やまだ%' OR detail LIKE '%ヤマダ%'"))
        .isZero();
  }

  private PersonSearch.Page page(String query, int page) {
    return TestData.asUser(coordinator, () -> search.search(coordinator, query, page));
  }

  private long registerKana(String family, String given, String familyKana, String givenKana) {
    return data.register(
        coordinator, TestData.person(family, given, familyKana, givenKana, "1944-04-04"));
  }

  @Test
  void shouldFindEveryFormOfTheSaitoFamilyName() {
    String given = TestData.unique("花");
    long saito = registerKana("齋藤", given, "さいとう", "はな");
    for (String typed : List.of("斉藤", "斎藤", "齊藤", "齋藤")) {
      assertThat(ids(typed + given)).as(typed).containsExactly(saito);
    }
  }

  @Test
  void shouldFindALongVowelTypedWithABarOrAVowel() {
    long saito = registerKana("斎藤", "一", "さいとう", "はじめ");
    assertThat(ids("サイトー ハジメ")).containsExactly(saito);
    assertThat(ids("さいとお はじめ")).containsExactly(saito);
    assertThat(ids("ｻｲﾄｰ")).contains(saito);
  }

  @Test
  void shouldFindVuWrittenWithTheBaRow() {
    long vieira = registerKana("ヴィエイラ", "マリア", "ヴィエイラ", "マリア");
    assertThat(ids("ビエイラ")).contains(vieira);
    assertThat(ids("びえいら まりあ")).containsExactly(vieira);
  }

  @Test
  void shouldFindSmallKanaTypedFullSize() {
    long kyoko = registerKana("上田", "京子", "うえだ", "きょうこ");
    assertThat(ids("ウエダ キヨウコ")).containsExactly(kyoko);
    assertThat(ids("ｳｴﾀﾞｷｮｳｺ")).containsExactly(kyoko);
  }

  @Test
  void shouldFindRomajiInHepburnAndKunrei() {
    assertThat(ids("takahashi")).contains(takahashi);
    assertThat(ids("Takahashi Keiko")).containsExactly(takahashi);
    long tsuchiya = registerKana("土屋", "修", "つちや", "おさむ");
    assertThat(ids("tutiya osamu")).containsExactly(tsuchiya);
    assertThat(ids("tsuchiya osamu")).containsExactly(tsuchiya);
    long saito = registerKana("斎藤", "優子", "さいとう", "ゆうこ");
    for (String typed : List.of("saitou yuuko", "saito yuko", "saitō yūko", "Saito Yuko")) {
      assertThat(ids(typed)).as(typed).containsExactly(saito);
    }
  }

  @Test
  void shouldFindAGivenNameThatBeginsWithTheVowelEndingTheFamilyName() {
    long yamamoto = registerKana("山本", "修", "やまもと", "おさむ");
    assertThat(ids("おさむ")).contains(yamamoto);
  }

  @Test
  void shouldCountMatchesAndPageInAStableOrder() {
    String family = TestData.unique("同姓");
    List<Long> registered = new java.util.ArrayList<>();
    for (int i = 0; i < PersonSearch.PAGE_SIZE + 5; i++) {
      registered.add(registerKana(family, "花子", "どうせい", "はなこ"));
    }
    PersonSearch.Page first = page(family, 0);
    PersonSearch.Page second = page(family, 1);
    assertThat(first.total()).isEqualTo(PersonSearch.PAGE_SIZE + 5);
    assertThat(first.totalIsMinimum()).isFalse();
    assertThat(first.hasNext()).isTrue();
    assertThat(second.hits()).hasSize(5);
    // Same name, same key: ordered by id, so the two pages hold every one of them once.
    List<Long> both = new java.util.ArrayList<>(first.hits().stream().map(PersonHit::id).toList());
    both.addAll(second.hits().stream().map(PersonHit::id).toList());
    assertThat(both).containsExactlyElementsOf(registered);
    assertThat(page(family, 0).hits()).isEqualTo(first.hits());
  }

  @Test
  void shouldStopCountingPastTheLimit() {
    String family = TestData.unique("多数");
    for (int i = 0; i <= PersonSearch.COUNT_LIMIT; i++) {
      registerKana(family, "花子", "たすう", "はなこ");
    }
    PersonSearch.Page page = page(family, 0);
    assertThat(page.total()).isEqualTo(PersonSearch.COUNT_LIMIT);
    assertThat(page.totalIsMinimum()).isTrue();
    assertThat(page.hits()).hasSize(PersonSearch.PAGE_SIZE);
  }

  /** Similar names are suggestions: a full page says "at least", without counting them all. */
  @Test
  void shouldSayAtLeastForAFullPageOfSimilarNames() {
    String kana = uniqueKana();
    for (int i = 0; i < PersonSearch.PAGE_SIZE + 3; i++) {
      registerKana(TestData.unique("類似"), "花子", kana, "はなこ");
    }
    // ハナユ for ハナコ: nothing starts with or contains it, but the names are similar.
    PersonSearch.Page page = page(kana + "はなゆ", 0);
    assertThat(page.hits()).hasSize(PersonSearch.PAGE_SIZE);
    assertThat(page.hasNext()).isTrue();
    assertThat(page.total()).isEqualTo(PersonSearch.PAGE_SIZE + 1);
    assertThat(page.totalIsMinimum()).isTrue();
  }

  /** Hiragana no other test's person has: ぬ and six kana for a random number's digits. */
  private static String uniqueKana() {
    String digits = String.valueOf(1_000_000 + new java.util.Random().nextInt(9_000_000));
    StringBuilder kana = new StringBuilder("ぬ");
    digits.chars().forEach(d -> kana.append("あいうえおかきくけこ".charAt(d - '0')));
    return kana.toString();
  }

  /**
   * Prefix matches alone fall short of the limit: the names that hold the key further in are
   * counted too, each once, and only those the user may see.
   */
  @Test
  void shouldCountPrefixAndContainsMatchesTogether() {
    String kana = uniqueKana();
    for (int i = 0; i < 15; i++) {
      registerKana(TestData.unique("前方"), "花子", kana, "はなこ");
    }
    for (int i = 0; i < 10; i++) {
      registerKana(TestData.unique("中間"), "花子", "あ" + kana, "はなこ");
    }
    CurrentUser npo = data.user(data.organization(OrganizationType.NPO), Role.COORDINATOR);
    data.register(npo, TestData.person(TestData.unique("他機関"), "花子", kana, "はなこ", "1950-01-01"));

    PersonSearch.Page page = page(kana, 0);
    assertThat(page.hits()).hasSize(PersonSearch.PAGE_SIZE);
    assertThat(page.total()).isEqualTo(25);
    assertThat(page.totalIsMinimum()).isFalse();
    assertThat(page(kana, 1).hits()).hasSize(5);
  }

  @Test
  void shouldCountAPageWithAllItsMatchesExactly() {
    assertThat(page("林", 0).total()).isEqualTo(page("林", 0).hits().size()).isPositive();
    assertThat(page(TestData.unique("該当なし"), 0).total()).isZero();
  }

  @Test
  void shouldShowAgeAreaAndTheVisibleHousehold() {
    String family = TestData.unique("世帯");
    long town = data.town(TestData.unique("本町"));
    String household = TestData.unique("H");
    long mother =
        data.register(coordinator, inHousehold(family, "母子", town, household, "1940-01-15"));
    data.register(coordinator, inHousehold(family, "長男", town, household, "1968-02-02"));
    CurrentUser npo = data.user(data.organization(OrganizationType.NPO), Role.COORDINATOR);
    data.register(npo, inHousehold(family, "次男", town, household, "1970-03-03"));

    PersonHit hit =
        page(family + "母子", 0).hits().stream()
            .filter(h -> h.id() == mother)
            .findFirst()
            .orElseThrow();
    assertThat(hit.age())
        .isEqualTo(
            java.time.Period.between(java.time.LocalDate.of(1940, 1, 15), TestData.today())
                .getYears());
    assertThat(hit.areaName()).startsWith("本町");
    // The NPO's member of the household is not visible to the coordinator: two, not three.
    assertThat(hit.householdSize()).isEqualTo(2);
    assertThat(hit.livingAlone()).isFalse();
    PersonHit seenByNpo = TestData.asUser(npo, () -> search.search(npo, family, 0)).hits().get(0);
    assertThat(seenByNpo.givenName()).isEqualTo("次男");
    assertThat(seenByNpo.householdSize()).isEqualTo(1);
  }

  private static org.tsunagu.people.internal.person.PersonInput inHousehold(
      String family, String given, long town, String household, String birth) {
    return TestData.inHousehold(
        TestData.person(family, given, "せたい", "かぞく", birth), town, household);
  }
}
