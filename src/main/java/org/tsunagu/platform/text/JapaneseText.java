package org.tsunagu.platform.text;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Normalisation and validation of Japanese names and furigana. */
public final class JapaneseText {

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  private static final char LONG_VOWEL = 'ー';
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Zs}]+");

  private JapaneseText() {}

  /**
   * The key under which a name is indexed and searched: width-folded, katakana, lowercase ASCII,
   * variant kanji folded (KanjiVariants), variation selectors dropped, and each word's reading
   * folded (KanaFolding: ヴ, long vowels, small and old kana), the words joined without whitespace.
   * Words are folded one by one so that a vowel beginning one word never lengthens the last of the
   * word before. Returns "" for null.
   */
  public static String searchKey(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder key = new StringBuilder(s.length());
    for (String word : WHITESPACE.split(NFKC.normalize(s))) {
      key.append(KanaFolding.fold(folded(word)));
    }
    return key.toString();
  }

  /**
   * The key of a person's name or reading, family and given part each folded as a word: what every
   * writer of {@code name_key} and {@code kana_key} stores.
   */
  public static String nameKey(String family, String given) {
    return searchKey(family) + searchKey(given);
  }

  /**
   * Keys of a query typed as one word that may hold two name parts: where a vowel would lengthen
   * the syllable before it (ヤマモトオサム), it may as well begin the given name (山本 修), whose key is
   * folded part by part (nameKey). The key split at each of the first two such vowels; empty for a
   * query with whitespace or without such a vowel.
   */
  public static List<String> splitKeys(String query) {
    if (query == null || WHITESPACE.matcher(query.strip()).find()) {
      return List.of();
    }
    String word = KanaFolding.withVuAsBa(folded(NFKC.normalize(query.strip())));
    List<String> keys = new ArrayList<>();
    for (int at : KanaFolding.lengtheningVowels(word, 2)) {
      if (at < word.length() - 1) {
        keys.add(KanaFolding.fold(word.substring(0, at)) + KanaFolding.fold(word.substring(at)));
      }
    }
    return List.copyOf(keys);
  }

  /**
   * Search keys of a name typed in romaji (Hepburn or kunrei), e.g. [タカハシ] for "takahashi". Romaji
   * often leaves long vowels out (Sato for さとう, Yuko for ゆうこ), so a syllable in o or u is also
   * tried lengthened: the first three such syllables, at most eight keys, as typed first. Empty
   * where the query is not romaji.
   */
  public static List<String> romajiKeys(String query) {
    return Romaji.searchKeys(query);
  }

  private static String folded(String word) {
    StringBuilder out = new StringBuilder(word.length());
    word.codePoints()
        .forEach(
            cp -> {
              if (isVariationSelector(cp)) {
                return;
              }
              if (isHyphenLike(cp) && endsWithKatakana(out)) {
                out.append(LONG_VOWEL);
                return;
              }
              int c = Furigana.hiraganaToKatakana(cp);
              if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
              } else if (c == 'ヶ') {
                c = 'ケ';
              } else if (c == 'ヵ') {
                c = 'カ';
              }
              out.appendCodePoint(KanjiVariants.common(c));
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
    return Furigana.isValid(s);
  }

  /**
   * Furigana in its stored form: full-width katakana, trimmed, with each run of whitespace
   * collapsed into one ideographic space. Returns "" for null.
   */
  public static String toKatakana(String s) {
    return Furigana.stored(s);
  }

  /** Standardized and ideographic variation selectors (IVS) that pick a glyph, not a character. */
  private static boolean isVariationSelector(int c) {
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
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
