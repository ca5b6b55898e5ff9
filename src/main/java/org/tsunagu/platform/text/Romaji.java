package org.tsunagu.platform.text;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Readings of a name typed in romaji, in Hepburn (takahashi, saitō, ohno, honma) or kunrei (tutiya,
 * simizu, zyun): ICU's Latin-Katakana transliterator after ICU rules that rewrite kunrei and
 * nihon-shiki spellings, and m before b, m, p, to Hepburn.
 */
final class Romaji {

  /** Letters, with macrons or circumflexes, and the separators names are typed with. */
  private static final Pattern ROMAJI = Pattern.compile("[a-zA-Zāīūēōâîûêô' \\u3000-]+");

  private static final String KUNREI_TO_HEPBURN =
      """
      shu > shu ; chu > chu ;
      si > shi ; sy > sh ; ti > chi ; ty > ch ; tu > tsu ; hu > fu ;
      zi > ji ; zy > j ; di > ji ; dy > j ; du > zu ;
      m } [bmp] > n ;
      â > ā ; î > ī ; û > ū ; ê > ē ; ô > ō ;
      """;

  private static final Transliterator TO_HEPBURN =
      Transliterator.createFromRules("Kunrei-Hepburn", KUNREI_TO_HEPBURN, Transliterator.FORWARD);

  private static final Transliterator TO_KATAKANA = Transliterator.getInstance("Latin-Katakana");

  private static final char LONG_VOWEL = 'ー';

  private Romaji() {}

  static boolean looksLikeRomaji(String s) {
    return s != null && !s.isBlank() && ROMAJI.matcher(s.strip()).matches();
  }

  /**
   * The katakana words of a romaji query, or an empty list where a word does not read as kana (e.g.
   * an English name). Synchronized: ICU does not promise that a transliterator is thread-safe.
   */
  static synchronized List<String> katakanaWords(String s) {
    List<String> words = new ArrayList<>();
    for (String word : s.strip().split("[\\s\\u3000]+")) {
      String hepburn = TO_HEPBURN.transliterate(word.replace("-", "").toLowerCase(Locale.ROOT));
      String kana = TO_KATAKANA.transliterate(hepburn);
      if (!kana.chars().allMatch(c -> c >= 0x30A1 && c <= 0x30FC)) {
        return List.of();
      }
      words.add(kana);
    }
    return words;
  }

  /**
   * Search keys of a name typed in romaji (Hepburn or kunrei), e.g. [タカハシ] for "takahashi". Romaji
   * often leaves long vowels out (Sato for さとう, Yuko for ゆうこ), so a syllable in o or u is also
   * tried lengthened: the first three such syllables, at most eight keys, as typed first. Empty
   * where the query is not romaji.
   */
  static List<String> searchKeys(String query) {
    if (!looksLikeRomaji(query)) {
      return List.of();
    }
    List<String> words = katakanaWords(query);
    if (words.isEmpty()) {
      return List.of();
    }
    String typed = words.stream().map(KanaFolding::fold).reduce("", String::concat);
    List<Integer> mayBeLong = new ArrayList<>();
    for (int i = 0; i < typed.length() && mayBeLong.size() < 3; i++) {
      char vowel = KanaFolding.vowelOf(typed.charAt(i));
      boolean lengthened = i + 1 < typed.length() && typed.charAt(i + 1) == LONG_VOWEL;
      if ((vowel == 'オ' || vowel == 'ウ') && !lengthened) {
        mayBeLong.add(i);
      }
    }
    List<String> keys = new ArrayList<>();
    for (int mask = 0; mask < 1 << mayBeLong.size(); mask++) {
      StringBuilder key = new StringBuilder(typed);
      for (int bit = mayBeLong.size() - 1; bit >= 0; bit--) {
        if ((mask & 1 << bit) != 0) {
          key.insert(mayBeLong.get(bit) + 1, LONG_VOWEL);
        }
      }
      keys.add(key.toString());
    }
    return List.copyOf(keys);
  }
}
