package org.tsunagu.people.internal.person;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.text.JapaneseText;

/**
 * Name search as Japanese staff type: kana in any script or width, kanji with variants folded,
 * partial names. Ranked exact, then prefix, then contains, then similar, each tier fetched only
 * while the page is not yet full, so a common name costs one bounded index scan. Kana queries
 * search the kana key, others the name key. One or two characters cannot use trigrams: such queries
 * search by prefix only.
 */
@Service
public class PersonSearch {

  public static final int PAGE_SIZE = 20;

  private static final String SELECT =
      "SELECT p.id, p.family_name, p.given_name, p.family_kana, p.given_kana, p.birth_date,"
          + " p.address_line, p.area_id, p.living_alone FROM people.person p WHERE"
          + " p.merged_into IS NULL AND "
          + PeopleApi.visibleSql("p.id")
          + " AND ";

  private final JdbcClient jdbc;
  private final AuditLog audit;

  PersonSearch(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  public record Hit(
      long id,
      String familyName,
      String givenName,
      String familyKana,
      String givenKana,
      java.time.LocalDate birthDate,
      String addressLine,
      Long areaId,
      boolean livingAlone) {}

  public record Page(List<Hit> hits, int page, boolean hasNext) {}

  @Transactional
  public Page search(CurrentUser user, String query, int page) {
    String q = JapaneseText.searchKey(query);
    int p = Math.max(0, page);
    if (q.isEmpty()) {
      return list(user, p);
    }
    boolean kana = JapaneseText.isKana(q);
    String key = kana ? "p.kana_key" : "p.name_key";
    int needed = (p + 1) * PAGE_SIZE + 1;
    Map<Long, Hit> found = new LinkedHashMap<>();
    // Exact matches sort first among the prefix matches: in code-point order a key equal to
    // the query precedes every longer key that starts with it. The prefix is a range of the
    // index, so one cached plan serves every query (no planning per search).
    String upper = JapaneseText.prefixUpperBound(q);
    plan("force_generic_plan");
    fetch(
        user,
        q,
        upper,
        (upper == null ? key + " LIKE :prefix" : key + " >= :q AND " + key + " < :upper")
            + " ORDER BY "
            + key
            + ", p.id LIMIT "
            + needed,
        found);
    if (found.size() < needed && q.codePointCount(0, q.length()) >= 3) {
      // Trigram tiers are planned for their pattern: a common one wants the kana order, a rare
      // one the trigram index.
      plan("force_custom_plan");
      fetch(
          user,
          q,
          upper,
          key
              + " LIKE :contains AND "
              + key
              + " NOT LIKE :prefix ORDER BY "
              + key
              + ", p.id LIMIT "
              + (needed - found.size()),
          found);
      if (found.isEmpty()) {
        // Nothing matched as typed: look for similar names (a typo, a wrong kanji). The
        // connection sets pg_trgm.similarity_threshold to 0.5 (application.properties).
        fetch(
            user,
            q,
            upper,
            key + " % :q ORDER BY similarity(" + key + ", :q) DESC, p.id LIMIT " + needed,
            found);
      }
    }
    List<Hit> all = List.copyOf(found.values());
    List<Hit> window = all.subList(Math.min(all.size(), p * PAGE_SIZE), all.size());
    return page(user, window, p, kana ? "name-kana" : "name");
  }

  /** How this transaction's statements are planned; the rest of the application is left as is. */
  private void plan(String mode) {
    jdbc.sql("SET LOCAL plan_cache_mode = " + mode).update();
  }

  /** Adds one ranking tier's visible matches. */
  private void fetch(CurrentUser user, String q, String upper, String tier, Map<Long, Hit> found) {
    jdbc.sql(SELECT + tier)
        .param("q", q)
        .param("upper", upper, java.sql.Types.VARCHAR)
        .param("prefix", escapeLike(q) + "%")
        .param("contains", "%" + escapeLike(q) + "%")
        .param("viewerOrg", user.organizationId())
        .query(PersonSearch::hit)
        .list()
        .forEach(h -> found.putIfAbsent(h.id(), h));
  }

  /** Visible persons in kana order, a page at a time. */
  @Transactional
  public Page list(CurrentUser user, int page) {
    List<Hit> hits =
        jdbc.sql(SELECT + "true ORDER BY p.kana_key, p.id LIMIT :limit OFFSET :offset")
            .param("viewerOrg", user.organizationId())
            .param("limit", PAGE_SIZE + 1)
            .param("offset", page * PAGE_SIZE)
            .query(PersonSearch::hit)
            .list();
    return page(user, hits, page, "list");
  }

  private Page page(CurrentUser user, List<Hit> hits, int page, String kind) {
    boolean hasNext = hits.size() > PAGE_SIZE;
    List<Hit> shown = hasNext ? hits.subList(0, PAGE_SIZE) : hits;
    audit.recordSearch("person", kind, shown.stream().map(Hit::id).toList());
    return new Page(List.copyOf(shown), page, hasNext);
  }

  static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static Hit hit(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Hit(
        rs.getLong("id"),
        rs.getString("family_name"),
        rs.getString("given_name"),
        rs.getString("family_kana"),
        rs.getString("given_kana"),
        rs.getObject("birth_date", java.time.LocalDate.class),
        rs.getString("address_line"),
        (Long) rs.getObject("area_id"),
        rs.getBoolean("living_alone"));
  }
}
