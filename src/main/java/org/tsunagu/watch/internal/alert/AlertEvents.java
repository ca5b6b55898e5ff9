package org.tsunagu.watch.internal.alert;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes an alert's timeline. */
@Repository
public class AlertEvents {

  private final JdbcClient jdbc;

  AlertEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void add(
      long alertId,
      Instant at,
      String kind,
      Integer position,
      Long actorUserId,
      String actorName,
      String detail) {
    jdbc.sql(
            "INSERT INTO watch.alert_event (alert_id, at, kind, position, actor_user_id,"
                + " actor_name, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(alertId, Timestamp.from(at), kind, position, actorUserId, actorName, detail)
        .update();
  }

  public void system(long alertId, Instant at, String kind, Integer position, String detail) {
    add(alertId, at, kind, position, null, null, detail);
  }
}
