package org.tsunagu.aid.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.PersonsMerged;

/**
 * Moves memberships from a merged-away person to the survivor in the merge's transaction; requests,
 * reports and ledger accounts hang off the membership and follow it. Where the survivor already
 * holds the same membership of the same programme, the other is ended as left on the merge day and
 * kept with all it carries: the ledger never changes, so its balances stay where they were posted.
 */
@Component
class AidMergeListener {

  private final JdbcClient jdbc;
  private final Clock clock;

  AidMergeListener(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void on(PersonsMerged merged) {
    jdbc.sql(
            "UPDATE aid.member m SET left_on = coalesce(left_on, ?), left_reason ="
                + " coalesce(left_reason, 'LEFT'), version = version + 1 WHERE person_id = ? AND"
                + " EXISTS (SELECT 1 FROM aid.member s WHERE s.person_id = ? AND s.programme_id ="
                + " m.programme_id AND s.member_type = m.member_type)")
        .params(LocalDate.now(clock), merged.mergedId(), merged.survivorId())
        .update();
    jdbc.sql(
            "UPDATE aid.member m SET person_id = ?, version = version + 1 WHERE person_id = ? AND"
                + " NOT EXISTS (SELECT 1 FROM aid.member s WHERE s.person_id = ? AND s.programme_id"
                + " = m.programme_id AND s.member_type = m.member_type)")
        .params(merged.survivorId(), merged.mergedId(), merged.survivorId())
        .update();
  }
}
