package org.tsunagu.platform.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds katakana spellings of one reading into one key: ヴ to the バ row (ヴィエイラ = ビエイラ), a vowel that
 * lengthens the one before it to ー (サイトウ = サイトオ = サイトー, ユウコ = ユーコ), then small kana to full size
 * (キョウコ = キヨウコ, as systems without small kana store it) and old kana to today's (ヂ = ジ, ヅ = ズ, ヰ =
 * イ, ヱ = エ, ヲ = オ). Other characters pass unchanged.
 */
final class KanaFolding {

  private static final char LONG = 'ー';
  private static final String SMALL = "ァィゥェォッャュョヮ";
  private static final String SMALL_AS_FULL = "アイウエオツヤユヨワ";
  private static final String OLD = "ヂヅヰヱヲ";
  private static final String OLD_AS_TODAY = "ジズイエオ";

  // The gojūon in code-point order with the vowel each kana ends in.
  private static final String KANA =
      "アイウエオカキクケコガギグゲゴサシスセソザジズゼゾタチツテトダヂヅデドナニヌネノ" + "ハヒフヘホバビブベボパピプペポマミムメモヤユヨラリルレロワヰヱヲヴ";
  private static final String KANA_VOWEL =
      "アイウエオアイウエオアイウエオアイウエオアイウエオアイウエオアイウエオアイウエオ" + "アイウエオアイウエオアイウエオアイウエオアウオアイウエオアイエオウ";

  private KanaFolding() {}

  /** Folds one word (no whitespace) of full-width katakana and other characters. */
  static String fold(String word) {
    String s = withVuAsBa(word);
    List<Integer> lengthening = lengtheningVowels(s, Integer.MAX_VALUE);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean mark = c == LONG || lengthening.contains(i);
      boolean afterMark = !out.isEmpty() && out.charAt(out.length() - 1) == LONG;
      if (!(mark && afterMark)) { // one ー per syllable: サトーー, サトウー
        out.append(mark ? LONG : toFullSize(c));
      }
    }
    return out.toString();
  }

  /**
   * Where in {@code word} (after withVuAsBa) a vowel lengthens the syllable before it: ウ or オ after
   * the オ row (サトウ, サトオ, サトー) and ウ after the ウ row (ユウコ, ユーコ), one per syllable. アア, イイ, エイ are
   * left alone: names always write them so (イイダ, ケイコ), and folding them would join the end of one
   * name part to the next (ヤマダ + アキコ). At most {@code max} positions.
   */
  static List<Integer> lengtheningVowels(String word, int max) {
    List<Integer> positions = new ArrayList<>();
    char vowel = 0;
    boolean lengthened = false;
    for (int i = 0; i < word.length() && positions.size() < max; i++) {
      char c = word.charAt(i);
      if (c == LONG) {
        lengthened = vowel != 0;
        continue;
      }
      if (!lengthened && (vowel == 'オ' && (c == 'ウ' || c == 'オ') || vowel == 'ウ' && c == 'ウ')) {
        positions.add(i);
        lengthened = true;
        continue;
      }
      vowel = vowelOf(c);
      lengthened = false;
    }
    return positions;
  }

  /** ヴァ ヴィ ヴ ヴェ ヴォ, and ヷ ヸ ヹ ヺ, as バ ビ ブ ベ ボ. */
  static String withVuAsBa(String s) {
    if (s.indexOf('ヴ') < 0 && s.chars().noneMatch(c -> c >= 'ヷ' && c <= 'ヺ')) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int vowel = i + 1 < s.length() ? "ァィゥェォ".indexOf(s.charAt(i + 1)) : -1;
      if (c == 'ヴ') {
        out.append(vowel < 0 ? 'ブ' : "バビブベボ".charAt(vowel));
        i += vowel < 0 ? 0 : 1;
      } else if (c >= 'ヷ' && c <= 'ヺ') {
        out.append("バビベボ".charAt(c - 'ヷ'));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The vowel a katakana ends in (ア イ ウ エ オ), or 0 for ン, ッ, ー and non-kana. */
  static char vowelOf(char c) {
    int small = SMALL.indexOf(c);
    if (small >= 0) {
      return c == 'ッ' ? 0 : vowelOf(SMALL_AS_FULL.charAt(small));
    }
    int index = KANA.indexOf(c);
    return index < 0 ? 0 : KANA_VOWEL.charAt(index);
  }

  private static char toFullSize(char c) {
    int small = SMALL.indexOf(c);
    if (small >= 0) {
      return SMALL_AS_FULL.charAt(small);
    }
    int old = OLD.indexOf(c);
    return old >= 0 ? OLD_AS_TODAY.charAt(old) : c;
  }
}
