package org.tsunagu.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"ヤマダ タロウ", "やまだ　たろう", "ﾔﾏﾀﾞ ﾀﾛｳ", " ヤマダ\tタロウ ", "ヤマダタロウ"})
  void shouldGiveSameSearchKeyForKanaWrittenInAnyWidthOrScript(String name) {
    assertThat(JapaneseText.searchKey(name)).isEqualTo("ヤマダタロー");
  }

  @Test
  void shouldBoundEveryKeyStartingWithAPrefix() {
    assertThat(JapaneseText.prefixUpperBound("ヤマダ")).isEqualTo("ヤマチ");
    assertThat(JapaneseText.prefixUpperBound("𠮷")).isEqualTo("𠮸");
    assertThat(JapaneseText.prefixUpperBound("\uD7FF")).isEqualTo("\uE000");
    String max = Character.toString(Character.MAX_CODE_POINT);
    assertThat(JapaneseText.prefixUpperBound("a" + max)).isEqualTo("b");
    assertThat(JapaneseText.prefixUpperBound(max)).isNull();
  }

  @Test
  void shouldReturnEmptySearchKeyForNull() {
    assertThat(JapaneseText.searchKey(null)).isEmpty();
  }

  @Test
  void shouldFoldHalfWidthKatakanaWithVoicedMarks() {
    assertThat(JapaneseText.searchKey("ｶﾞｷﾞｸﾞﾊﾟﾋﾟ")).isEqualTo("ガギグパピ");
  }

  @Test
  void shouldFoldFullWidthAsciiAndLowercaseIt() {
    assertThat(JapaneseText.searchKey("ＹＡＭＡＤＡ Taro")).isEqualTo("yamadataro");
  }

  @Test
  void shouldConvertIterationMarksToKatakana() {
    assertThat(JapaneseText.searchKey("いすゞ")).isEqualTo("イスヾ");
    assertThat(JapaneseText.searchKey("ゝ")).isEqualTo("ヽ");
  }

  @ParameterizedTest
  @CsvSource({
    "髙橋,高橋", "山﨑,山崎", "山嵜,山崎", "齋藤,斎藤", "齊藤,斎藤", "渡邊,渡辺", "渡邉,渡辺", "澤田,沢田", "濱口,浜口", "櫻井,桜井",
    "廣瀬,広瀬", "德永,徳永", "實,実", "惠子,恵子", "斉藤,斎藤", "𠮷田,吉田", "嶋田,島田", "國分,国分", "龍,竜", "濵田,浜田", "冨田,富田",
    "舘,館"
  })
  void shouldFoldVariantKanji(String variant, String common) {
    assertThat(JapaneseText.searchKey(variant)).isEqualTo(common);
  }

  @Test
  void shouldMakeVariantAndCommonFormsEqual() {
    assertThat(JapaneseText.searchKey("髙橋")).isEqualTo(JapaneseText.searchKey("高橋"));
    assertThat(JapaneseText.searchKey("渡邊")).isEqualTo(JapaneseText.searchKey("渡邉"));
  }

  @Test
  void shouldFoldSmallKeAndKa() {
    assertThat(JapaneseText.searchKey("ヶ")).isEqualTo(JapaneseText.searchKey("ケ"));
    assertThat(JapaneseText.searchKey("霞ヶ関")).isEqualTo("霞ケ関");
    assertThat(JapaneseText.searchKey("ヵ")).isEqualTo("カ");
    assertThat(JapaneseText.searchKey("ゖゕ")).isEqualTo("ケカ");
  }

  @Test
  void shouldKeepLongVowelMark() {
    assertThat(JapaneseText.searchKey("ユーキ")).isEqualTo("ユーキ");
    assertThat(JapaneseText.searchKey("ﾕｰｷ")).isEqualTo("ユーキ");
    assertThat(JapaneseText.searchKey("ゆーき")).isEqualTo("ユーキ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ユ-キ", "ユ‐キ", "ユ−キ", "ユ－キ", "ユ―キ"})
  void shouldTreatHyphenAfterKatakanaAsLongVowelMark(String name) {
    assertThat(JapaneseText.searchKey(name)).isEqualTo("ユーキ");
  }

  @Test
  void shouldKeepHyphenThatDoesNotFollowKatakana() {
    assertThat(JapaneseText.searchKey("Jean-Luc")).isEqualTo("jean-luc");
    assertThat(JapaneseText.searchKey("山-田")).isEqualTo("山-田");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ヤマダ", "やまだ たろう", "ﾔﾏﾀﾞ", "ユーキ", "ケ"})
  void shouldRecogniseKana(String s) {
    assertThat(JapaneseText.isKana(s)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "山田", "やまだ太郎", "yamada", "ヤマダ1"})
  void shouldNotRecogniseNonKanaAsKana(String s) {
    assertThat(JapaneseText.isKana(s)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"やまだ たろう", "ヤマダ　タロウ", "ﾔﾏﾀﾞ ﾀﾛｳ", "ユーキ", "ジョン・スミス", "いすゞ"})
  void shouldAcceptKanaNames(String s) {
    assertThat(JapaneseText.isValidKanaName(s)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"　 ", "山田", "yamada", "ヤマダ1", "ヤマダ!", "ー"})
  void shouldRejectNonKanaNames(String s) {
    assertThat(JapaneseText.isValidKanaName(s)).isFalse();
  }

  @Test
  void shouldConvertFuriganaToFullWidthKatakana() {
    assertThat(JapaneseText.toKatakana("やまだ たろう")).isEqualTo("ヤマダ　タロウ");
    assertThat(JapaneseText.toKatakana("ﾔﾏﾀﾞ ﾀﾛｳ")).isEqualTo("ヤマダ　タロウ");
    assertThat(JapaneseText.toKatakana("ゔぃくとりあ")).isEqualTo("ヴィクトリア");
  }

  @Test
  void shouldTrimAndCollapseSpacesInFurigana() {
    assertThat(JapaneseText.toKatakana("  やまだ 　\t たろう　")).isEqualTo("ヤマダ　タロウ");
  }

  @Test
  void shouldNotFoldSmallKeInFurigana() {
    assertThat(JapaneseText.toKatakana("ヶ")).isEqualTo("ヶ");
  }

  @Test
  void shouldReturnEmptyKatakanaForNull() {
    assertThat(JapaneseText.toKatakana(null)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "サイトー,サイトウ",
    "サイトオ,サイトウ",
    "さいとう,サイトウ",
    "ｻｲﾄｰ,サイトウ",
    "サトウー,サトー",
    "オオノ,オーノ",
    "ユウコ,ユーコ",
    "ビエイラ,ヴィエイラ",
    "バイオリン,ヴァイオリン",
    "ベトナム,ヴェトナム",
    "キヨウコ,キョウコ",
    "ハツトリ,ハットリ",
    "シユウイチ,シュウイチ",
    "ツズキ,ツヅキ",
    "ヱミ,エミ"
  })
  void shouldGiveOneKeyForSpellingsOfOneReading(String typed, String stored) {
    assertThat(JapaneseText.searchKey(typed)).isEqualTo(JapaneseText.searchKey(stored));
  }

  @Test
  void shouldKeepReadingsThatDifferApart() {
    assertThat(JapaneseText.searchKey("サイトウ")).isNotEqualTo(JapaneseText.searchKey("サイト"));
    assertThat(JapaneseText.searchKey("オノ")).isNotEqualTo(JapaneseText.searchKey("オオノ"));
    assertThat(JapaneseText.searchKey("サイ")).isEqualTo("サイ");
    // Written so in names, and folding them would join name parts: ヤマダ + アキコ.
    assertThat(JapaneseText.searchKey("イイダ")).isEqualTo("イイダ");
    assertThat(JapaneseText.searchKey("ケイコ")).isEqualTo("ケイコ");
    assertThat(JapaneseText.searchKey("ヤマダアキコ")).isEqualTo(JapaneseText.nameKey("ヤマダ", "アキコ"));
  }

  @Test
  void shouldSplitAOneWordQueryWhereAVowelMayBeginTheGivenName() {
    assertThat(JapaneseText.splitKeys("やまもとおさむ"))
        .containsExactly(JapaneseText.nameKey("ヤマモト", "オサム"));
    assertThat(JapaneseText.splitKeys("ヤマチイチロウ")).isEmpty();
    assertThat(JapaneseText.splitKeys("やまもと おさむ")).isEmpty();
    assertThat(JapaneseText.searchKey("サトウウメ")).isEqualTo(JapaneseText.nameKey("サトウ", "ウメ"));
  }

  @Test
  void shouldFoldEachWordOnItsOwn() {
    // ヤマモト + オサム: the オ begins the given name, it does not lengthen ト.
    assertThat(JapaneseText.nameKey("ヤマモト", "オサム")).isEqualTo("ヤマモトオサム");
    assertThat(JapaneseText.searchKey("やまもと おさむ")).isEqualTo("ヤマモトオサム");
    assertThat(JapaneseText.nameKey("サトウ", "ウメ")).isEqualTo("サトーウメ");
  }

  @Test
  void shouldDropVariationSelectors() {
    assertThat(JapaneseText.searchKey("葛\uDB40\uDD00城")).isEqualTo("葛城");
  }

  @ParameterizedTest
  @CsvSource({
    "takahashi,タカハシ",
    "TAKAHASHI,タカハシ",
    "saitou,サイトー",
    "saitō,サイトー",
    "saitô,サイトー",
    "tutiya,ツチヤ",
    "tsuchiya,ツチヤ",
    "simizu,シミズ",
    "shimizu,シミズ",
    "huzii,フジイ",
    "fujii,フジイ",
    "zyunko,ジュンコ",
    "junko,ジュンコ",
    "honma,ホンマ",
    "homma,ホンマ",
    "ohno,オーノ",
    "oono,オーノ",
    "ken'ichi,ケンイチ",
    "yamada hanako,ヤマダハナコ"
  })
  void shouldReadRomajiInHepburnAndKunrei(String romaji, String kana) {
    assertThat(JapaneseText.romajiKeys(romaji)).first().isEqualTo(JapaneseText.searchKey(kana));
  }

  @Test
  void shouldTryALongVowelAtTheEndOfARomajiWord() {
    assertThat(JapaneseText.romajiKeys("saito")).containsExactly("サイト", "サイトー");
    assertThat(JapaneseText.romajiKeys("sato yuko"))
        .hasSize(8)
        .startsWith("サトユコ")
        .contains(JapaneseText.nameKey("サトウ", "ユウコ"), JapaneseText.nameKey("サト", "ユウコ"));
    assertThat(JapaneseText.romajiKeys("takahashi")).containsExactly("タカハシ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"山田", "やまだ", "", "  ", "smith42", "a@b"})
  void shouldGiveNoRomajiKeysForOtherText(String s) {
    assertThat(JapaneseText.romajiKeys(s)).isEmpty();
  }
}
