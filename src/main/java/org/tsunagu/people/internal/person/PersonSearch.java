package org.tsunagu.people.internal.person;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.PersonHit;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;

/**
 * Name search as Japanese staff type: kana in any script or width, variant kanji, long vowels, ヴ
 * and small kana folded (JapaneseText.searchKey), romaji read as kana, partial names. Ranked exact,
 * then prefix, then contains, then similar; within a tier by key, then id, so the order is stable
 * from page to page. Each tier is fetched only while the page is not yet full, so a common name
 * costs one bounded index scan. One or two characters cannot use trigrams: such keys search by
 * prefix only. The count of matches is exact up to {@link #COUNT_LIMIT}.
 */
@Service
public class PersonSearch {

  public static final int PAGE_SIZE = 20;

  /**
   * Counting stops here: five pages; "100件以上" says to type more, and the count stays a short index
   * scan (at most 101 visibility probes for a common name) beside the page itself.
   */
  public static final int COUNT_LIMIT = 100;

  static final String VISIBLE =
      " FROM people.person p WHERE p.merged_into IS NULL AND "
          + PeopleApi.visibleSql("p.id")
          + " AND ";

  private static final String SELECT =
      "SELECT p.id, p.family_name, p.given_name, p.family_kana, p.given_kana, p.birth_date,"
          + " p.address_line, p.area_id, p.living_alone, p.household_id"
          + VISIBLE;

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final HitDetails details;
  private final SearchCount counter;

  PersonSearch(JdbcClient jdbc, AuditLog audit, HitDetails details, SearchCount counter) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.details = details;
    this.counter = counter;
  }

  /** A page of hits; {@code total} matches in all, or more when {@code totalIsMinimum}. */
  public record Page(
      List<PersonHit> hits, int page, boolean hasNext, int total, boolean totalIsMinimum) {}

  @Transactional
  public Page search(CurrentUser user, String query, int page) {
    SearchTerms terms = SearchTerms.of(query);
    int p = Math.max(0, page);
    if (terms.isEmpty()) {
      return list(user, p);
    }
    int needed = (p + 1) * PAGE_SIZE + 1;
    Map<Long, PersonHit> found = new LinkedHashMap<>();
    // The prefix is a range of the index, so one cached plan serves every query. Exact matches
    // sort first: in code-point order a key equal to the query precedes every longer one.
    plan("force_generic_plan");
    for (SearchTerms.Term term : terms.terms()) {
      fetch(user, term, prefix(term, "") + order(term, needed - found.size()), found, needed);
    }
    // Trigram tiers and their count are planned for their pattern: a common one wants the key
    // order, a rare one the trigram index. Prefix ranges keep the cached generic plan.
    if (terms.terms().stream().anyMatch(t -> t.trigrams() || !t.hasRange())) {
      plan("force_custom_plan");
    }
    for (SearchTerms.Term term : terms.terms()) {
      if (term.trigrams()) {
        String contains =
            term.column() + " LIKE :contains AND " + term.column() + " NOT LIKE :prefix";
        fetch(user, term, contains + order(term, needed - found.size()), found, needed);
      }
    }
    boolean similar = found.isEmpty();
    if (similar) {
      // Nothing matched as typed: similar names (a typo, a wrong kanji). The connection sets
      // pg_trgm.similarity_threshold to 0.5 (application.properties).
      for (SearchTerms.Term term : terms.terms()) {
        if (term.trigrams()) {
          String c = term.column();
          String tier = c + " % :q ORDER BY similarity(" + c + ", :q) DESC, p.id LIMIT ";
          fetch(user, term, tier + (needed - found.size()), found, needed);
        }
      }
    }
    // Similar names are suggestions: the page's own count says "at least", with no costly
    // similarity count of the whole registry behind it.
    boolean full = found.size() >= needed;
    // The count and the page's details (looked up by ids) run on cached generic plans; only a
    // count of contains matches is planned for its pattern.
    plan("force_generic_plan");
    int total =
        full && !similar
            ? counter.count(user, terms, () -> plan("force_custom_plan"))
            : found.size();
    plan("force_generic_plan");
    List<PersonHit> all = List.copyOf(found.values());
    List<PersonHit> window = all.subList(Math.min(all.size(), p * PAGE_SIZE), all.size());
    return page(user, window, p, total, full && similar, terms.kind());
  }

  /** Visible persons in kana order, a page at a time. */
  @Transactional
  public Page list(CurrentUser user, int page) {
    List<PersonHit> hits =
        jdbc.sql(SELECT + "true ORDER BY p.kana_key, p.id LIMIT :limit OFFSET :offset")
            .param("viewerOrg", user.organizationId())
            .param("limit", PAGE_SIZE + 1)
            .param("offset", page * PAGE_SIZE)
            .query(PersonSearch::hit)
            .list();
    int total =
        hits.size() <= PAGE_SIZE ? page * PAGE_SIZE + hits.size() : counter.countVisible(user);
    return page(user, hits, page, total, false, "list");
  }

  /** The term as a prefix: a range of the index where the key has an upper bound. */
  static String prefix(SearchTerms.Term term, String suffix) {
    String c = term.column();
    return term.hasRange()
        ? c + " >= :q" + suffix + " AND " + c + " < :upper" + suffix
        : c + " LIKE :prefix" + suffix;
  }

  private static String order(SearchTerms.Term term, int limit) {
    return " ORDER BY " + term.column() + ", p.id LIMIT " + limit;
  }

  /** How this transaction's statements are planned; the rest of the application is left as is. */
  private void plan(String mode) {
    jdbc.sql("SET LOCAL plan_cache_mode = " + mode).update();
  }

  /** Adds one ranking tier's visible matches, while the page is not yet full. */
  private void fetch(
      CurrentUser user,
      SearchTerms.Term term,
      String tier,
      Map<Long, PersonHit> found,
      int needed) {
    if (found.size() >= needed) {
      return;
    }
    SearchTerms.bind(jdbc.sql(SELECT + tier), term, "")
        .param("viewerOrg", user.organizationId())
        .query(PersonSearch::hit)
        .list()
        .forEach(h -> found.putIfAbsent(h.id(), h));
  }

  private Page page(
      CurrentUser user, List<PersonHit> hits, int page, int total, boolean atLeast, String kind) {
    boolean hasNext = hits.size() > PAGE_SIZE;
    List<PersonHit> shown = details.add(user, hasNext ? hits.subList(0, PAGE_SIZE) : hits);
    audit.recordSearch("person", kind, shown.stream().map(PersonHit::id).toList());
    return new Page(
        shown, page, hasNext, Math.min(total, COUNT_LIMIT), atLeast || total > COUNT_LIMIT);
  }

  private static PersonHit hit(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new PersonHit(
        rs.getLong("id"),
        rs.getString("family_name"),
        rs.getString("given_name"),
        rs.getString("family_kana"),
        rs.getString("given_kana"),
        rs.getObject("birth_date", java.time.LocalDate.class),
        rs.getString("address_line"),
        (Long) rs.getObject("area_id"),
        rs.getBoolean("living_alone"),
        (Long) rs.getObject("household_id"),
        null,
        null,
        0);
  }
}
