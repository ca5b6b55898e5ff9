package org.tsunagu.people.internal.person;

import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.PeoplePermissions;
import org.tsunagu.people.PersonSheet;
import org.tsunagu.people.PersonSummary;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.text.JapaneseText;

/**
 * One person as other modules read them: whether they are visible, their summary and face sheet,
 * the record a merge left them in, and whether a text names them. The visibility rule itself is the
 * SQL view people.visibility.
 */
@Component
class PersonViews {

  private final JdbcClient jdbc;
  private final Persons persons;
  private final AuditLog audit;

  PersonViews(JdbcClient jdbc, Persons persons, AuditLog audit) {
    this.jdbc = jdbc;
    this.persons = persons;
    this.audit = audit;
  }

  /**
   * The rule of {@code people.visible_to} written into the statement, so its plan is cached with
   * the statement's: called as a function, the rule is planned again at every call.
   */
  private static String visibleFor(String personIdColumn) {
    return "EXISTS (SELECT 1 FROM people.visibility v WHERE v.person_id = "
        + personIdColumn
        + " AND v.organization_id = :org AND (CAST(:purpose AS text) IS NULL OR v.purpose IS NULL"
        + " OR v.purpose = :purpose))";
  }

  public boolean visibleTo(long personId, long organizationId, String purpose) {
    return jdbc.sql("SELECT " + visibleFor(":person"))
        .param("person", personId)
        .param("org", organizationId)
        .param("purpose", purpose, Types.VARCHAR)
        .query(Boolean.class)
        .single();
  }

  public boolean maySee(CurrentUser user, long personId, String purpose) {
    return user.may(PeoplePermissions.PERSON_READ)
        && visibleTo(personId, user.organizationId(), purpose);
  }

  @Transactional
  public Optional<PersonSummary> findVisible(CurrentUser user, long personId, String purpose) {
    if (!user.may(PeoplePermissions.PERSON_READ)) {
      return Optional.empty();
    }
    // The rule and the read in one statement.
    Optional<PersonSummary> found =
        jdbc.sql(
                "SELECT p.id, p.family_name, p.given_name, p.family_kana, p.given_kana,"
                    + " p.birth_date, p.area_id, p.living_alone FROM people.person p WHERE p.id ="
                    + " :person AND "
                    + visibleFor("p.id"))
            .param("person", personId)
            .param("org", user.organizationId())
            .param("purpose", purpose, Types.VARCHAR)
            .query(
                (rs, n) ->
                    new PersonSummary(
                        rs.getLong("id"),
                        rs.getString("family_name"),
                        rs.getString("given_name"),
                        rs.getString("family_kana"),
                        rs.getString("given_kana"),
                        rs.getObject("birth_date", LocalDate.class),
                        (Long) rs.getObject("area_id"),
                        rs.getBoolean("living_alone")))
            .optional();
    found.ifPresent(p -> audit.record(AuditAction.READ, "person", p.id(), "summary"));
    return found;
  }

  public Optional<PersonSheet> sheet(CurrentUser user, long personId, String purpose) {
    return findVisible(user, personId, purpose)
        .flatMap(summary -> persons.find(summary.id()).map(p -> sheet(user, summary, p)));
  }

  private PersonSheet sheet(CurrentUser user, PersonSummary summary, PersonRecord p) {
    List<PersonSummary> household =
        p.householdId() == null
            ? List.of()
            : persons.householdMembers(p.householdId(), user.organizationId()).stream()
                .filter(m -> m.id() != p.id())
                .map(
                    m ->
                        new PersonSummary(
                            m.id(),
                            m.familyName(),
                            m.givenName(),
                            m.familyKana(),
                            m.givenKana(),
                            m.birthDate(),
                            m.areaId(),
                            m.livingAlone()))
                .toList();
    audit.recordSearch("person", "household", household.stream().map(PersonSummary::id).toList());
    String address =
        Stream.of(p.prefecture(), p.municipality(), p.addressLine())
            .filter(part -> part != null && !part.isBlank())
            .collect(Collectors.joining());
    return new PersonSheet(
        summary, p.sex().name(), p.postcode(), address, p.phone(), p.needsSupport(), household);
  }

  @Transactional
  public boolean lockForReference(long personId) {
    return jdbc.sql("SELECT merged_into IS NULL FROM people.person WHERE id = ? FOR SHARE")
        .param(personId)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  public long currentId(long personId) {
    long id = personId;
    for (int hops = 0; hops < 20; hops++) {
      Long next =
          jdbc.sql("SELECT merged_into FROM people.person WHERE id = ?")
              .param(id)
              .query((rs, n) -> (Long) rs.getObject(1))
              .optional()
              .orElse(null);
      if (next == null) {
        return id;
      }
      id = next;
    }
    return id;
  }

  public boolean mentionsPerson(long personId, String text) {
    if (text == null || text.isBlank()) {
      return false;
    }
    String folded = JapaneseText.searchKey(text);
    return persons
        .find(personId)
        .map(
            p -> {
              String family = JapaneseText.searchKey(p.familyName());
              String given = JapaneseText.searchKey(p.givenName());
              String familyKana = JapaneseText.searchKey(p.familyKana());
              return folded.contains(family + given)
                  || (family.length() >= 2 && folded.contains(family))
                  || (given.length() >= 2 && folded.contains(given))
                  || (familyKana.length() >= 3 && folded.contains(familyKana));
            })
        .orElse(false);
  }
}
