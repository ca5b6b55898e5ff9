package org.tsunagu.watch.internal.message;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsunagu.platform.security.CurrentUser;

/**
 * 送信メッセージ: what went out (or, with no mail server, was only kept) about the organisation's targets,
 * newest first, with whether it was delivered, opened and confirmed.
 */
@Repository
public class Mailbox {

  public record Row(
      long id,
      Long alertId,
      String purpose,
      String channel,
      String address,
      String receiverName,
      String subject,
      String body,
      String status,
      int attempts,
      Instant createdAt,
      Instant sentAt,
      Instant openedAt,
      Instant acknowledgedAt) {}

  private final JdbcClient jdbc;

  Mailbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Row> latest(CurrentUser user, int limit) {
    return jdbc.sql(
            "SELECT m.id, m.alert_id, m.purpose, m.channel, m.address, m.receiver_name, m.subject,"
                // A confirmation link is the contact's secret; only the demo mailbox, which sends
                // nothing, shows it, so that a newcomer can follow the chain.
                + " CASE WHEN m.status = 'KEPT' THEN m.body ELSE regexp_replace(m.body,"
                + " '/watch/ack/[0-9a-f]{40}', '/watch/ack/…') END AS body, m.status, m.attempts, m.created_at, m.sent_at, m.opened_at,"
                + " m.acknowledged_at FROM watch.message m JOIN watch.target t ON t.id ="
                + " m.target_id WHERE t.organization_id = ? ORDER BY m.created_at DESC,"
                + " m.id DESC LIMIT ?")
        .params(user.organizationId(), limit)
        .query(Row.class)
        .list();
  }
}
