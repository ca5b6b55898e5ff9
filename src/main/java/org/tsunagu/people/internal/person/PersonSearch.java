package org.tsunagu.people.internal.person;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.text.JapaneseText;

/**
 * Name search as Japanese staff type: kana in any script or width, kanji with variants folded,
 * partial names. Ranked exact, prefix, contains, then similar. One or two characters cannot use
 * trigrams, so short queries search the normalised keys by prefix.
 */
@Service
public class PersonSearch {

  public static final int PAGE_SIZE = 20;

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
    String match =
        q.codePointCount(0, q.length()) <= 2
            ? "(p.kana_key LIKE :prefix OR p.name_key LIKE :prefix)"
            : "(p.search_key LIKE :contains OR p.search_key % :q)";
    String sql =
        "SELECT p.id, p.family_name, p.given_name, p.family_kana, p.given_kana, p.birth_date,"
            + " p.address_line, p.area_id, p.living_alone,"
            + " CASE WHEN p.kana_key = :q OR p.name_key = :q THEN 0"
            + " WHEN p.kana_key LIKE :prefix OR p.name_key LIKE :prefix THEN 1"
            + " WHEN p.search_key LIKE :contains THEN 2 ELSE 3 END AS rank,"
            + " similarity(p.search_key, :q) AS sim"
            + " FROM people.person p WHERE p.merged_into IS NULL AND "
            + match
            + " AND people.visible_to(p.id, :viewerOrg)"
            + " ORDER BY rank, sim DESC, p.kana_key, p.id LIMIT :limit OFFSET :offset";
    List<Hit> hits =
        jdbc.sql(sql)
            .param("q", q)
            .param("prefix", escapeLike(q) + "%")
            .param("contains", "%" + escapeLike(q) + "%")
            .param("viewerOrg", user.organizationId())
            .param("limit", PAGE_SIZE + 1)
            .param("offset", p * PAGE_SIZE)
            .query(PersonSearch::hit)
            .list();
    return page(user, hits, p, JapaneseText.isKana(q) ? "name-kana" : "name");
  }

  /** Visible persons in kana order, a page at a time. */
  @Transactional
  public Page list(CurrentUser user, int page) {
    List<Hit> hits =
        jdbc.sql(
                "SELECT p.id, p.family_name, p.given_name, p.family_kana, p.given_kana,"
                    + " p.birth_date, p.address_line, p.area_id, p.living_alone FROM people.person"
                    + " p WHERE p.merged_into IS NULL AND people.visible_to(p.id, :viewerOrg)"
                    + " ORDER BY p.kana_key, p.id LIMIT :limit OFFSET :offset")
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
