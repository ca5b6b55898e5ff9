package org.tsunagu.watch.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.PersonsMerged;

/**
 * Moves watch targets from a merged-away person to the survivor in the merge's transaction. When
 * the same organisation watched both records, the survivor's target stays and the other is kept
 * inactive, so its alerts and reports remain on record and in the survivor's history.
 */
@Component
class WatchMergeListener {

  private final JdbcClient jdbc;

  WatchMergeListener(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void on(PersonsMerged merged) {
    jdbc.sql(
            "UPDATE watch.target t SET active = false, version = version + 1 WHERE person_id = ?"
                + " AND active AND EXISTS (SELECT 1 FROM watch.target s WHERE s.person_id = ? AND"
                + " s.organization_id = t.organization_id AND s.active)")
        .params(merged.mergedId(), merged.survivorId())
        .update();
    jdbc.sql("UPDATE watch.target SET person_id = ?, version = version + 1 WHERE person_id = ?")
        .params(merged.survivorId(), merged.mergedId())
        .update();
  }
}
