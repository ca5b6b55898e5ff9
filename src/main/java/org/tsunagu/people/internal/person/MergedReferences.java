package org.tsunagu.people.internal.person;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The people module's own side of a merge: whatever of the registry pointed at the merged-away
 * record points at the survivor afterwards. Other modules move their own references when they hear
 * {@code PersonsMerged}.
 */
@Component
class MergedReferences {

  /** Registry tables whose {@code person_id} follows the person: the grounds of visibility. */
  static final List<String> PERSON_TABLES =
      List.of("people.relationship", "people.access_basis", "people.consent");

  private final JdbcClient jdbc;

  MergedReferences(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void move(long survivorId, long mergedId, long userId) {
    for (String table : PERSON_TABLES) {
      jdbc.sql("UPDATE " + table + " SET person_id = ? WHERE person_id = ?")
          .params(survivorId, mergedId)
          .update();
    }
    resolvePair(survivorId, mergedId, userId);
    moveOtherCandidates(survivorId, mergedId, userId);
  }

  private void resolvePair(long survivorId, long mergedId, long userId) {
    jdbc.sql(
            "UPDATE people.duplicate_candidate SET status = 'MERGED', resolved_at = now(),"
                + " resolved_by = ? WHERE status = 'OPEN' AND person_a = least(?, ?) AND"
                + " person_b = greatest(?, ?)")
        .params(userId, survivorId, mergedId, survivorId, mergedId)
        .update();
  }

  /**
   * A suspicion that the merged record and a third one are the same person is now one about the
   * survivor and that record; an existing pair (open or dismissed) for them stands as it is.
   */
  private void moveOtherCandidates(long survivorId, long mergedId, long userId) {
    jdbc.sql(
            "INSERT INTO people.duplicate_candidate (person_a, person_b, reason) SELECT"
                + " least(:s, o.other), greatest(:s, o.other), o.reason FROM (SELECT CASE WHEN"
                + " d.person_a = :m THEN d.person_b ELSE d.person_a END AS other, d.reason FROM"
                + " people.duplicate_candidate d WHERE d.status = 'OPEN' AND (d.person_a = :m OR"
                + " d.person_b = :m)) o WHERE o.other <> :s ON CONFLICT (person_a, person_b) DO"
                + " NOTHING")
        .param("s", survivorId)
        .param("m", mergedId)
        .update();
    jdbc.sql(
            "UPDATE people.duplicate_candidate SET status = 'MERGED', resolved_at = now(),"
                + " resolved_by = :u WHERE status = 'OPEN' AND (person_a = :m OR person_b = :m)")
        .param("u", userId)
        .param("m", mergedId)
        .update();
  }
}
