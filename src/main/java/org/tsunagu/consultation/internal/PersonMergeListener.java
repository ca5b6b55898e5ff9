package org.tsunagu.consultation.internal;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.PersonsMerged;

/**
 * Moves the consultation module's references from a merged-away person to the survivor: cases (and
 * with them their referrals and conference cases) and intakes.
 *
 * <p>Synchronous, inside the merge's transaction ({@code MANDATORY}): the merge and the move commit
 * together or not at all, so there is never a moment when the lead organisation's case points at a
 * person it can no longer see, and a failure here undoes the merge instead of losing the case.
 */
@Component
class PersonMergeListener {

  /** Every consultation table holding a person id in {@code person_id}; add new ones here. */
  static final List<String> TABLES_WITH_PERSON =
      List.of("consultation.support_case", "consultation.intake");

  private final JdbcClient jdbc;

  PersonMergeListener(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void on(PersonsMerged merged) {
    for (String table : TABLES_WITH_PERSON) {
      // The version moves too, so a form opened before the merge cannot write over the move.
      jdbc.sql("UPDATE " + table + " SET person_id = ?, version = version + 1 WHERE person_id = ?")
          .params(merged.survivorId(), merged.mergedId())
          .update();
    }
  }
}
