package org.tsunagu.people.internal.person;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.text.JapaneseText;

/**
 * Finds registered persons who may be the one being entered: same kana and birth date, or same name
 * and birth date. A match the user may not see is reported only by the organisation to ask.
 */
@Component
public class DuplicateCheck {

  private static final int CHUNK = 1000;

  private final JdbcClient jdbc;

  DuplicateCheck(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** visible matches carry the person; hidden ones only the registering organisation's name. */
  public record Match(
      Long personId, String name, String kana, boolean visible, String organizationName) {}

  public List<Match> matches(CurrentUser user, ValidPerson v, Long excludeId) {
    if (v.birthDate() == null) {
      return List.of();
    }
    String kana = JapaneseText.nameKey(v.familyKana(), v.givenKana());
    String name = JapaneseText.nameKey(v.familyName(), v.givenName());
    return jdbc.sql(
            "SELECT p.id, p.family_name || ' ' || p.given_name AS name, p.family_kana || ' ' ||"
                + " p.given_kana AS kana, "
                + PeopleApi.visibleSql("p.id")
                + " AS visible, o.name AS"
                + " org FROM people.person p JOIN people.organization o ON o.id = p.registered_by"
                + " WHERE p.merged_into IS NULL AND p.birth_date = :birth AND (p.kana_key = :kana OR"
                + " p.name_key = :name) AND p.id <> :exclude ORDER BY p.id LIMIT 10")
        .param("viewerOrg", user.organizationId())
        .param("birth", v.birthDate())
        .param("kana", kana)
        .param("name", name)
        .param("exclude", excludeId == null ? -1L : excludeId)
        .query(
            (rs, n) -> {
              boolean visible = rs.getBoolean("visible");
              return visible
                  ? new Match(
                      rs.getLong("id"),
                      rs.getString("name"),
                      rs.getString("kana"),
                      true,
                      rs.getString("org"))
                  : new Match(null, null, null, false, rs.getString("org"));
            })
        .list();
  }

  /**
   * Records candidates for many persons just written (an import), in the registry and among
   * themselves. Each person is paired with the earliest other person sharing a blocking key — the
   * same birth date and kana key, or the same birth date and name key — found by one probe of an
   * index on that key ({@code V202612010917}). So a person gets at most two pairs and the work
   * grows linearly with the persons written, however many share a key: a group of identical rows is
   * recorded as a star around its first member, not as every pair of the group.
   */
  public void recordCandidates(List<Long> personIds) {
    for (int start = 0; start < personIds.size(); start += CHUNK) {
      List<Long> chunk = personIds.subList(start, Math.min(personIds.size(), start + CHUNK));
      jdbc.sql(
              "INSERT INTO people.duplicate_candidate (person_a, person_b, reason) SELECT"
                  + " least(n.id, m.id), greatest(n.id, m.id),"
                  + " 'SAME_KANA_OR_NAME_AND_BIRTH_DATE' FROM people.person n CROSS JOIN LATERAL"
                  + " ((SELECT o.id FROM people.person o WHERE o.merged_into IS NULL AND"
                  + " o.birth_date = n.birth_date AND o.kana_key = n.kana_key AND o.id <> n.id"
                  + " ORDER BY o.id LIMIT 1) UNION ALL (SELECT o.id FROM people.person o WHERE"
                  + " o.merged_into IS NULL AND o.birth_date = n.birth_date AND o.name_key ="
                  + " n.name_key AND o.id <> n.id ORDER BY o.id LIMIT 1)) m WHERE n.id = ANY"
                  + " (:ids) AND n.birth_date IS NOT NULL ON CONFLICT DO NOTHING")
          .param("ids", chunk.toArray(Long[]::new))
          .update();
    }
  }

  /** Records candidates for review (ids ordered so a pair is stored once). */
  public void recordCandidates(long personId, ValidPerson v) {
    if (v.birthDate() == null) {
      return;
    }
    jdbc.sql(
            "INSERT INTO people.duplicate_candidate (person_a, person_b, reason) SELECT"
                + " least(p.id, :id), greatest(p.id, :id), 'SAME_KANA_OR_NAME_AND_BIRTH_DATE' FROM"
                + " people.person p WHERE p.merged_into IS NULL AND p.id <> :id AND p.birth_date ="
                + " :birth AND (p.kana_key = :kana OR p.name_key = :name) ON CONFLICT DO NOTHING")
        .param("id", personId)
        .param("birth", v.birthDate())
        .param("kana", JapaneseText.nameKey(v.familyKana(), v.givenKana()))
        .param("name", JapaneseText.nameKey(v.familyName(), v.givenName()))
        .update();
  }
}
