package org.tsunagu.people.internal.person;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tsunagu.platform.text.JapaneseText;

/**
 * What a typed query searches: one or more keys, each in the column it is compared with. Kana
 * search the reading key ({@code kana_key}), other text the name key ({@code name_key}); romaji
 * search the reading key with each romaji reading (JapaneseText.romajiKeys) and then the name key
 * as typed (a name registered in Latin letters). A query typed as one word is also searched split
 * where a vowel may begin the given name (JapaneseText.splitKeys).
 */
record SearchTerms(List<Term> terms) {

  /** One key and the indexed column it is compared with. */
  record Term(String column, String key) {

    /** Keys of three characters or more have trigrams: they can match anywhere in a name. */
    boolean trigrams() {
      return key.codePointCount(0, key.length()) >= 3;
    }

    /** Whether the key's prefix matches are a range of the index (nearly always). */
    boolean hasRange() {
      return JapaneseText.prefixUpperBound(key) != null;
    }
  }

  static SearchTerms of(String query) {
    String typed = JapaneseText.searchKey(query);
    if (typed.isEmpty()) {
      return new SearchTerms(List.of());
    }
    List<Term> terms = new ArrayList<>();
    for (String reading : JapaneseText.romajiKeys(query)) {
      terms.add(new Term("p.kana_key", reading));
    }
    String column = JapaneseText.isKana(typed) ? "p.kana_key" : "p.name_key";
    terms.add(new Term(column, typed));
    for (String split : JapaneseText.splitKeys(query)) {
      terms.add(new Term(column, split));
    }
    return new SearchTerms(List.copyOf(terms));
  }

  /** Binds the term's key as {@code :q}, {@code :upper}, {@code :prefix} and {@code :contains}. */
  static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Term term, String suffix) {
    String q = term.key();
    return spec.param("q" + suffix, q)
        .param("upper" + suffix, JapaneseText.prefixUpperBound(q), Types.VARCHAR)
        .param("prefix" + suffix, escapeLike(q) + "%")
        .param("contains" + suffix, "%" + escapeLike(q) + "%");
  }

  static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  boolean isEmpty() {
    return terms.isEmpty();
  }

  /** The audit's word for how the registry was searched. */
  String kind() {
    return terms.stream().anyMatch(t -> t.column().equals("p.kana_key")) ? "name-kana" : "name";
  }
}
