package org.tsunagu.people.internal.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.text.JapaneseText;

/** Persons in the registry: storage, with the normalised search keys kept in step. */
@Repository
public class Persons {

  static final String COLUMNS =
      "p.id, p.family_name, p.given_name, p.family_kana, p.given_kana, p.birth_date, p.sex,"
          + " p.postcode, p.prefecture, p.municipality, p.address_line, p.area_id, p.phone,"
          + " p.household_id, h.reference AS household_reference, p.living_alone,"
          + " p.needs_support, p.notes, p.registered_by, p.merged_into, p.version, p.created_at,"
          + " p.updated_at";
  static final String FROM =
      " FROM people.person p LEFT JOIN people.household h ON h.id = p.household_id";

  private final JdbcClient jdbc;

  Persons(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<PersonRecord> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE p.id = ?")
        .param(id)
        .query(Persons::map)
        .optional();
  }

  public Optional<PersonRecord> findForUpdate(long id) {
    return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE p.id = ? FOR UPDATE OF p")
        .param(id)
        .query(Persons::map)
        .optional();
  }

  public long insert(ValidPerson v, Long householdId, long registeredBy, Long userId) {
    return jdbc.sql(
            "INSERT INTO people.person (family_name, given_name, family_kana, given_kana,"
                + " birth_date, sex, postcode, prefecture, municipality, address_line, area_id,"
                + " phone, household_id, living_alone, needs_support, notes, name_key, kana_key,"
                + " registered_by, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
        .params(insertParams(v, householdId, registeredBy, userId))
        .query(Long.class)
        .single();
  }

  static Object[] insertParams(ValidPerson v, Long householdId, long registeredBy, Long userId) {
    return concat(values(v, householdId), registeredBy, userId, userId);
  }

  /** Updates when the version still matches; false when someone else saved first. */
  public boolean update(
      long id, int expectedVersion, ValidPerson v, Long householdId, long userId) {
    return jdbc.sql(
                "UPDATE people.person SET family_name = ?, given_name = ?, family_kana = ?,"
                    + " given_kana = ?, birth_date = ?, sex = ?, postcode = ?, prefecture = ?,"
                    + " municipality = ?, address_line = ?, area_id = ?, phone = ?, household_id"
                    + " = ?, living_alone = ?, needs_support = ?, notes = ?, name_key = ?,"
                    + " kana_key = ?, version = version + 1, updated_at = now(), updated_by = ?"
                    + " WHERE id = ? AND version = ? AND merged_into IS NULL")
            .params(concat(values(v, householdId), userId, id, expectedVersion))
            .update()
        == 1;
  }

  /** The stored columns of a person, family_name to kana_key, in table order. */
  private static Object[] values(ValidPerson v, Long householdId) {
    SearchKeys k = SearchKeys.of(v);
    return new Object[] {
      v.familyName(),
      v.givenName(),
      v.familyKana(),
      v.givenKana(),
      v.birthDate(),
      v.sex().name(),
      v.postcode(),
      v.prefecture(),
      v.municipality(),
      v.addressLine(),
      v.areaId(),
      v.phone(),
      householdId,
      v.livingAlone(),
      v.needsSupport(),
      v.notes(),
      k.name(),
      k.kana()
    };
  }

  private static Object[] concat(Object[] values, Object... more) {
    Object[] all = java.util.Arrays.copyOf(values, values.length + more.length);
    System.arraycopy(more, 0, all, values.length, more.length);
    return all;
  }

  public List<PersonRecord> householdMembers(long householdId, long viewerOrg) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + FROM
                + " WHERE p.household_id = :h AND p.merged_into IS NULL"
                + " AND "
                + PeopleApi.visibleSql("p.id")
                + " ORDER BY p.birth_date NULLS LAST, p.id")
        .param("h", householdId)
        .param("viewerOrg", viewerOrg)
        .query(Persons::map)
        .list();
  }

  /** Finds or creates the household with this reference (世帯番号). */
  public Long household(String reference) {
    if (reference == null) {
      return null;
    }
    return jdbc.sql(
            "WITH ins AS (INSERT INTO people.household (reference) VALUES (?) ON CONFLICT"
                + " (reference) DO NOTHING RETURNING id) SELECT id FROM ins UNION ALL SELECT id"
                + " FROM people.household WHERE reference = ? LIMIT 1")
        .params(reference, reference)
        .query(Long.class)
        .single();
  }

  static PersonRecord map(ResultSet rs, int n) throws SQLException {
    Timestamp created = rs.getTimestamp("created_at");
    Timestamp updated = rs.getTimestamp("updated_at");
    return new PersonRecord(
        rs.getLong("id"),
        rs.getString("family_name"),
        rs.getString("given_name"),
        rs.getString("family_kana"),
        rs.getString("given_kana"),
        rs.getObject("birth_date", java.time.LocalDate.class),
        Sex.valueOf(rs.getString("sex")),
        rs.getString("postcode"),
        rs.getString("prefecture"),
        rs.getString("municipality"),
        rs.getString("address_line"),
        (Long) rs.getObject("area_id"),
        rs.getString("phone"),
        (Long) rs.getObject("household_id"),
        rs.getString("household_reference"),
        rs.getBoolean("living_alone"),
        rs.getBoolean("needs_support"),
        rs.getString("notes"),
        rs.getLong("registered_by"),
        (Long) rs.getObject("merged_into"),
        rs.getInt("version"),
        created.toInstant(),
        updated.toInstant());
  }

  /** The normalised keys search runs on (see architecture.md, "Data conventions"). */
  public record SearchKeys(String name, String kana) {
    static SearchKeys of(ValidPerson v) {
      return of(v.familyName(), v.givenName(), v.familyKana(), v.givenKana());
    }

    /** The keys of a name, also for the registry's bulk writer. */
    public static SearchKeys of(
        String familyName, String givenName, String familyKana, String givenKana) {
      return new SearchKeys(
          JapaneseText.nameKey(familyName, givenName), JapaneseText.nameKey(familyKana, givenKana));
    }
  }
}
