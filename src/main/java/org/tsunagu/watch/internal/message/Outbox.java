package org.tsunagu.watch.internal.message;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages to go out, written in the transaction that decided them, so a message exists exactly
 * when its step was told; {@link OutboxSender} sends them at least once. Staff are told only that
 * there is an alert and where to look, with no personal data in the mail; a contact outside the
 * platform (the key holder, family) gets the person's name, what was seen and a link to confirm.
 */
@Repository
public class Outbox {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final MessageTexts texts;

  Outbox(JdbcClient jdbc, MessageTexts texts) {
    this.jdbc = jdbc;
    this.texts = texts;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void alertStep(long alertId, int position, Instant now) {
    MessageTexts.Text text = texts.forAlertStep(alertId, position);
    String token = HexFormat.of().formatHex(bytes());
    jdbc.sql(
            "INSERT INTO watch.message (alert_id, target_id, position, purpose, channel, address,"
                + " receiver_name, subject, body, dedupe_key, ack_token, status, next_attempt_at,"
                + " created_at) SELECT a.id, a.target_id, s.position, 'ALERT', s.channel,"
                + " s.address, s.receiver_name, ?, ?, ?, ?, 'PENDING', ?, ? FROM watch.alert a"
                + " JOIN watch.alert_step s ON s.alert_id = a.id WHERE a.id = ? AND s.position = ?"
                + " ON CONFLICT (dedupe_key) DO NOTHING")
        .params(
            text.subject(),
            text.body().replace("{token}", token),
            "alert-" + alertId + "-step-" + position,
            token,
            Timestamp.from(now),
            Timestamp.from(now),
            alertId,
            position)
        .update();
  }

  /** A short note to a family contact after a regular contact, once per check-in. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void familyUpdate(long checkInId, long contactId, Instant now) {
    MessageTexts.Text text = texts.forCheckIn(checkInId);
    jdbc.sql(
            "INSERT INTO watch.message (target_id, purpose, channel, address, receiver_name,"
                + " subject, body, dedupe_key, status, next_attempt_at, created_at) SELECT"
                + " c.target_id, 'FAMILY_UPDATE', 'email', c.email, c.name, ?, ?, ?, 'PENDING', ?,"
                + " ? FROM watch.target_contact c WHERE c.id = ? AND c.email IS NOT NULL ON"
                + " CONFLICT (dedupe_key) DO NOTHING")
        .params(
            text.subject(),
            text.body(),
            "checkin-" + checkInId + "-contact-" + contactId,
            Timestamp.from(now),
            Timestamp.from(now),
            contactId)
        .update();
  }

  /** Stops every message of the alert not yet handed over: someone has taken it. */
  @Transactional(propagation = Propagation.MANDATORY)
  public int cancelPending(long alertId) {
    return jdbc.sql(
            "UPDATE watch.message SET status = 'CANCELLED' WHERE alert_id = ? AND status ="
                + " 'PENDING'")
        .param(alertId)
        .update();
  }

  private static byte[] bytes() {
    byte[] b = new byte[20];
    RANDOM.nextBytes(b);
    return b;
  }
}
