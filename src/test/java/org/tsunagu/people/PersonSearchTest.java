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
        .map(PersonSearch.Hit::id)
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
}
