package org.tsunagu.platform.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Map;

/** Normalisation and validation of Japanese names and furigana. */
public final class JapaneseText {

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  /**
   * Variant kanji that appear in registered names but that people search with the common form. 﨑
   * (U+FA11) is a compatibility ideograph without an NFKC decomposition, so it must be listed.
   */
  private static final Map<Integer, Integer> KANJI_VARIANTS =
      Map.ofEntries(
          Map.entry((int) '髙', (int) '高'),
          Map.entry((int) '﨑', (int) '崎'),
          Map.entry((int) '嵜', (int) '崎'),
          Map.entry((int) '齋', (int) '斎'),
          Map.entry((int) '齊', (int) '斎'),
          Map.entry((int) '邊', (int) '辺'),
          Map.entry((int) '邉', (int) '辺'),
          Map.entry((int) '澤', (int) '沢'),
          Map.entry((int) '濱', (int) '浜'),
          Map.entry((int) '櫻', (int) '桜'),
          Map.entry((int) '廣', (int) '広'),
          Map.entry((int) '德', (int) '徳'),
          Map.entry((int) '實', (int) '実'),
          Map.entry((int) '惠', (int) '恵'));

  private static final char LONG_VOWEL = 'ー';
  private static final char IDEOGRAPHIC_SPACE = '\u3000';

  private JapaneseText() {}

  /**
   * The key under which a name is indexed and searched: width-folded, katakana, lowercase ASCII,
   * without whitespace and with common variant kanji folded. Returns "" for null.
   */
  public static String searchKey(String s) {
    if (s == null) {
      return "";
    }
    String normalised = NFKC.normalize(s);
    StringBuilder out = new StringBuilder(normalised.length());
    normalised
        .codePoints()
        .forEach(
            cp -> {
              if (isWhitespace(cp)) {
                return;
              }
              if (isHyphenLike(cp) && endsWithKatakana(out)) {
                out.append(LONG_VOWEL);
                return;
              }
              int c = hiraganaToKatakana(cp);
              if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
              } else if (c == 'ヶ') {
                c = 'ケ';
              } else if (c == 'ヵ') {
                c = 'カ';
              }
              out.appendCodePoint(KANJI_VARIANTS.getOrDefault(c, c));
            });
    return out.toString();
  }

  /**
   * The least key after every key that starts with {@code prefix} in code-point order (the order of
   * keys in the "C" collation), so that {@code key >= prefix AND key < upper} is a prefix match an
   * index answers as one range. Only {@code U+10FFFF} characters: {@code null}, no upper bound.
   */
  public static String prefixUpperBound(String prefix) {
    int end = prefix.length();
    while (end > 0) {
      int last = prefix.codePointBefore(end);
      int start = end - Character.charCount(last);
      if (last < Character.MAX_CODE_POINT) {
        int next = last + 1 == Character.MIN_SURROGATE ? Character.MAX_SURROGATE + 1 : last + 1;
        return prefix.substring(0, start) + Character.toString(next);
      }
      end = start;
    }
    return null;
  }

  /** Whether the search key of {@code s} is non-empty and all katakana, i.e. a reading. */
  public static boolean isKana(String s) {
    String key = searchKey(s);
    return !key.isEmpty() && key.chars().allMatch(c -> c >= 0x30A0 && c <= 0x30FF);
  }

  /**
   * Whether {@code s} is acceptable furigana: hiragana, katakana (full- or half-width), ー, ・ and
   * spaces only, with at least one kana.
   */
  public static boolean isValidKanaName(String s) {
    if (s == null) {
      return false;
    }
    String normalised = NFKC.normalize(s);
    boolean hasKana = false;
    for (int i = 0; i < normalised.length(); i++) {
      char c = normalised.charAt(i);
      if (isKanaLetter(c)) {
        hasKana = true;
      } else if (!isWhitespace(c) && c != LONG_VOWEL && c != '・') {
        return false;
      }
    }
    return hasKana;
  }

  /**
   * Furigana in its stored form: full-width katakana, trimmed, with each run of whitespace
   * collapsed into one ideographic space. Returns "" for null.
   */
  public static String toKatakana(String s) {
    if (s == null) {
      return "";
    }
    String normalised = NFKC.normalize(s);
    StringBuilder out = new StringBuilder(normalised.length());
    boolean pendingSpace = false;
    for (int i = 0; i < normalised.length(); i++) {
      char c = normalised.charAt(i);
      if (isWhitespace(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(IDEOGRAPHIC_SPACE);
        pendingSpace = false;
      }
      out.append((char) hiraganaToKatakana(c));
    }
    return out.toString();
  }

  private static int hiraganaToKatakana(int c) {
    if ((c >= 0x3041 && c <= 0x3096) || c == 'ゝ' || c == 'ゞ') {
      return c + 0x60;
    }
    return c;
  }

  private static boolean isKanaLetter(char c) {
    return (c >= 0x3041 && c <= 0x3096)
        || c == 'ゝ'
        || c == 'ゞ'
        || (c >= 0x30A1 && c <= 0x30FA)
        || c == 'ヽ'
        || c == 'ヾ';
  }

  private static boolean isWhitespace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isHyphenLike(int c) {
    return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
  }

  private static boolean endsWithKatakana(StringBuilder sb) {
    if (sb.length() == 0) {
      return false;
    }
    char last = sb.charAt(sb.length() - 1);
    return (last >= 0x30A1 && last <= 0x30FA) || last == LONG_VOWEL;
  }
}
