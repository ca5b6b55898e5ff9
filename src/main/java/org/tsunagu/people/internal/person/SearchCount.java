package org.tsunagu.people.internal.person;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.security.CurrentUser;

/**
 * Counts what a search or the list matches among the persons the user may see, stopping one past
 * {@link PersonSearch#COUNT_LIMIT}. Each term's prefix matches are a range of its key's index, each
 * counted in a branch of its own that stops at the limit; only when those fall short are the
 * contains matches of the terms with trigrams counted as well. A common name so costs at most
 * {@code COUNT_LIMIT + 1} visibility probes and no trigram scan; the distinct ids of the branches
 * are exact up to the limit because a branch stops only once it alone reaches it.
 */
@Component
class SearchCount {

  private final JdbcClient jdbc;

  SearchCount(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Persons matching any term: as a prefix, or anywhere for a term with trigrams. Ranges run on the
   * transaction's plan mode; patterns (contains, or a prefix without a range) are planned for
   * themselves after {@code planForPattern}.
   */
  int count(CurrentUser user, SearchTerms terms, Runnable planForPattern) {
    List<String> prefixes = new ArrayList<>();
    for (int i = 0; i < terms.terms().size(); i++) {
      prefixes.add(PersonSearch.prefix(terms.terms().get(i), "" + i));
    }
    if (terms.terms().stream().anyMatch(t -> !t.hasRange())) {
      planForPattern.run();
    }
    int found = distinct(user, terms, prefixes);
    if (found > PersonSearch.COUNT_LIMIT
        || terms.terms().stream().noneMatch(SearchTerms.Term::trigrams)) {
      return found;
    }
    List<String> all = new ArrayList<>(prefixes);
    for (int i = 0; i < terms.terms().size(); i++) {
      SearchTerms.Term t = terms.terms().get(i);
      if (t.trigrams()) {
        all.add(
            t.column() + " LIKE :contains" + i + " AND " + t.column() + " NOT LIKE :prefix" + i);
      }
    }
    planForPattern.run();
    return distinct(user, terms, all);
  }

  /** Every person the user may see. */
  int countVisible(CurrentUser user) {
    return jdbc.sql("SELECT count(*) FROM (" + branch("true") + ") m")
        .param("viewerOrg", user.organizationId())
        .query(Integer.class)
        .single();
  }

  private int distinct(CurrentUser user, SearchTerms terms, List<String> conditions) {
    String union =
        String.join(" UNION ALL ", conditions.stream().map(c -> "(" + branch(c) + ")").toList());
    JdbcClient.StatementSpec spec =
        jdbc.sql("SELECT count(DISTINCT id) FROM (" + union + ") m")
            .param("viewerOrg", user.organizationId());
    for (int i = 0; i < terms.terms().size(); i++) {
      spec = SearchTerms.bind(spec, terms.terms().get(i), String.valueOf(i));
    }
    return spec.query(Integer.class).single();
  }

  private static String branch(String condition) {
    return "SELECT p.id"
        + PersonSearch.VISIBLE
        + condition
        + " LIMIT "
        + (PersonSearch.COUNT_LIMIT + 1);
  }
}
