package org.tsunagu.people.internal.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tsunagu.people.RelationshipKind;

/**
 * Writes many validated persons in the caller's transaction with batched statements: ids are taken
 * from the sequence first so persons and their relationships go in as two batches.
 */
@Component
public class PersonBulkWriter {

  private static final int BATCH = 1000;

  private final JdbcTemplate jdbc;
  private final Persons persons;
  private final DuplicateCheck duplicates;

  PersonBulkWriter(JdbcTemplate jdbc, Persons persons, DuplicateCheck duplicates) {
    this.jdbc = jdbc;
    this.persons = persons;
    this.duplicates = duplicates;
  }

  /** Returns the new ids in input order; progress receives the count written so far. */
  public List<Long> write(
      List<ValidPerson> people,
      long organizationId,
      long userId,
      Map<String, Long> households,
      IntConsumer progress) {
    List<Long> ids = new ArrayList<>(people.size());
    for (int start = 0; start < people.size(); start += BATCH) {
      List<ValidPerson> chunk = people.subList(start, Math.min(people.size(), start + BATCH));
      List<Long> chunkIds =
          jdbc.queryForList(
              "SELECT nextval('people.person_id_seq') FROM generate_series(1, ?)",
              Long.class,
              chunk.size());
      List<Object[]> personRows = new ArrayList<>(chunk.size());
      List<Object[]> relationshipRows = new ArrayList<>(chunk.size());
      for (int i = 0; i < chunk.size(); i++) {
        ValidPerson v = chunk.get(i);
        Long household =
            v.householdReference() == null
                ? null
                : households.computeIfAbsent(v.householdReference(), persons::household);
        Object[] params = Persons.insertParams(v, household, organizationId, userId);
        Object[] row = new Object[params.length + 1];
        row[0] = chunkIds.get(i);
        System.arraycopy(params, 0, row, 1, params.length);
        personRows.add(row);
        relationshipRows.add(
            new Object[] {chunkIds.get(i), organizationId, RelationshipKind.REGISTERED.name()});
      }
      jdbc.batchUpdate(
          "INSERT INTO people.person (id, family_name, given_name, family_kana, given_kana,"
              + " birth_date, sex, postcode, prefecture, municipality, address_line, area_id, phone,"
              + " household_id, living_alone, needs_support, notes, name_key, kana_key,"
              + " registered_by, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
              + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          personRows);
      jdbc.batchUpdate(
          "INSERT INTO people.relationship (person_id, organization_id, kind) VALUES (?, ?, ?)",
          relationshipRows);
      ids.addAll(chunkIds);
      progress.accept(ids.size());
    }
    duplicates.recordCandidates(ids);
    return ids;
  }
}
