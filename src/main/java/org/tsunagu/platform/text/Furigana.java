package org.tsunagu.platform.text;

import com.ibm.icu.text.Normalizer2;

/** Furigana as typed and as stored: which input is acceptable, and its stored katakana form. */
final class Furigana {

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final char LONG_VOWEL = 'ー';
  private static final char IDEOGRAPHIC_SPACE = '\u3000';

  private Furigana() {}

  /** As {@link JapaneseText#isValidKanaName}. */
  static boolean isValid(String s) {
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

  /** As {@link JapaneseText#toKatakana}. */
  static String stored(String s) {
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

  static int hiraganaToKatakana(int c) {
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
}
