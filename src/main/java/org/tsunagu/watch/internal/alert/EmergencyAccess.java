package org.tsunagu.watch.internal.alert;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.people.BasisKind;
import org.tsunagu.people.PeopleApi;

/**
 * An organisation told of an alert that cannot otherwise see the person (the municipal desk, a
 * 地域包括支援センター) gets an emergency access basis for as long as the alert is open: 個人情報保護法 第27条第1項第2号
 * allows sharing to protect a person's life when consent cannot be asked in time. It is recorded in
 * the registry with who decided (the person who raised the alert) and why, and ended when the alert
 * closes.
 */
@Component
class EmergencyAccess {

  private final JdbcClient jdbc;
  private final PeopleApi people;

  EmergencyAccess(JdbcClient jdbc, PeopleApi people) {
    this.jdbc = jdbc;
    this.people = people;
  }

  void grant(long alertId, long organizationId, Instant now) {
    record Subject(long personId, long decidedBy) {}
    Subject s =
        jdbc.sql(
                "SELECT t.person_id, coalesce(o.reported_by, t.created_by) AS decided_by FROM"
                    + " watch.alert a JOIN watch.target t ON t.id = a.target_id LEFT JOIN"
                    + " watch.observation o ON o.id = a.observation_id WHERE a.id = ?")
            .param(alertId)
            .query(Subject.class)
            .single();
    if (people.visibleTo(s.personId(), organizationId, "WATCH")
        || jdbc.sql(
                "SELECT EXISTS (SELECT 1 FROM watch.alert_basis WHERE alert_id = ? AND"
                    + " organization_id = ?)")
            .params(alertId, organizationId)
            .query(Boolean.class)
            .single()) {
      return;
    }
    long basis =
        people.recordBasis(
            s.personId(),
            organizationId,
            BasisKind.EMERGENCY,
            "見守り警報 No." + alertId + "（生命・身体の保護）",
            s.decidedBy(),
            null);
    jdbc.sql("INSERT INTO watch.alert_basis (alert_id, basis_id, organization_id) VALUES (?, ?, ?)")
        .params(alertId, basis, organizationId)
        .update();
  }

  void endAll(long alertId, long endedBy) {
    jdbc.sql("SELECT basis_id FROM watch.alert_basis WHERE alert_id = ?")
        .param(alertId)
        .query(Long.class)
        .list()
        .forEach(basis -> people.endBasis(basis, endedBy));
  }
}
