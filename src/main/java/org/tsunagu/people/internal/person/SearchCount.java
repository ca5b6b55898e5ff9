package org.tsunagu.people.internal.person;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.security.CurrentUser;

/**
 * Counts what a search or the list matches among the persons the user may see, stopping one past
 * {@link PersonSearch#COUNT_LIMIT}: a bounded scan of the same indexes the search uses.
 */
@Component
class SearchCount {

  private final JdbcClient jdbc;

  SearchCount(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Persons matching any term: as a prefix, or anywhere for a term with trigrams. */
  int count(CurrentUser user, SearchTerms terms) {
    StringBuilder where = new StringBuilder("(false");
    for (int i = 0; i < terms.terms().size(); i++) {
      SearchTerms.Term t = terms.terms().get(i);
      String condition =
          t.trigrams() ? t.column() + " LIKE :contains" + i : PersonSearch.prefix(t, "" + i);
      where.append(" OR ").append(condition);
    }
    JdbcClient.StatementSpec spec = statement(user, where.append(')').toString());
    for (int i = 0; i < terms.terms().size(); i++) {
      spec = SearchTerms.bind(spec, terms.terms().get(i), String.valueOf(i));
    }
    return spec.query(Integer.class).single();
  }

  /** Every person the user may see. */
  int countVisible(CurrentUser user) {
    return statement(user, "true").query(Integer.class).single();
  }

  private JdbcClient.StatementSpec statement(CurrentUser user, String condition) {
    return jdbc.sql(
            "SELECT count(*) FROM (SELECT 1"
                + PersonSearch.VISIBLE
                + condition
                + " LIMIT "
                + (PersonSearch.COUNT_LIMIT + 1)
                + ") m")
        .param("viewerOrg", user.organizationId());
  }
}
