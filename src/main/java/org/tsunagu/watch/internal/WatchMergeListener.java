package org.tsunagu.watch.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.PersonsMerged;

/**
 * Moves watch-over's references from a merged-away person to the survivor in the merge's
 * transaction: watch targets, disaster support registry entries and safety checks. Where the
 * survivor already has its own (the same organisation watched both records, one municipality listed
 * both, one campaign checked both), the survivor's stays and the other is kept inactive (targets,
 * entries) or left on the merged record as history (checks), so nothing is lost. Alerts, reports
 * and contacts hang off the target and follow it.
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
    long survivor = merged.survivorId();
    long away = merged.mergedId();
    jdbc.sql(
            "UPDATE watch.target t SET active = false, version = version + 1 WHERE person_id = ?"
                + " AND active AND EXISTS (SELECT 1 FROM watch.target s WHERE s.person_id = ? AND"
                + " s.organization_id = t.organization_id AND s.active)")
        .params(away, survivor)
        .update();
    jdbc.sql("UPDATE watch.target SET person_id = ?, version = version + 1 WHERE person_id = ?")
        .params(survivor, away)
        .update();
    jdbc.sql(
            "UPDATE watch.disaster_registrant r SET active = false, version = version + 1 WHERE"
                + " person_id = ? AND active AND EXISTS (SELECT 1 FROM watch.disaster_registrant s"
                + " WHERE s.person_id = ? AND s.municipality_id = r.municipality_id AND s.active)")
        .params(away, survivor)
        .update();
    jdbc.sql(
            "UPDATE watch.disaster_registrant SET person_id = ?, version = version + 1 WHERE"
                + " person_id = ?")
        .params(survivor, away)
        .update();
    jdbc.sql(
            "UPDATE watch.safety_check c SET person_id = ?, version = version + 1 WHERE person_id ="
                + " ? AND NOT EXISTS (SELECT 1 FROM watch.safety_check s WHERE s.campaign_id ="
                + " c.campaign_id AND s.person_id = ?)")
        .params(survivor, away, survivor)
        .update();
  }
}
