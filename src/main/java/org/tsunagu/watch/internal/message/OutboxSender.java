package org.tsunagu.watch.internal.message;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.platform.web.SafeLog;
import org.tsunagu.watch.Notifier;
import org.tsunagu.watch.internal.chain.Notifiers;

/**
 * Sends what the outbox holds, on every node: a batch is leased in one transaction (rows locked and
 * skipped by the other nodes), sent outside it, and marked sent in another. A node killed between
 * sending and marking leaves the lease (a minute) to run out and the message is sent again with the
 * same de-duplication key: at least once, never silently dropped. A failed hand-over is retried
 * with a growing pause; after {@link #MAX_ATTEMPTS} the message is marked failed, which the alert
 * shows.
 */
@Component
public class OutboxSender {

  static final int BATCH = 20;
  static final int MAX_ATTEMPTS = 10;

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  record Leased(
      long id,
      String channel,
      String address,
      String subject,
      String body,
      String dedupeKey,
      int attempts) {}

  private final JdbcClient jdbc;
  private final Notifiers notifiers;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final boolean background;
  private final Duration lease;

  OutboxSender(
      JdbcClient jdbc,
      Notifiers notifiers,
      TransactionTemplate tx,
      Clock clock,
      @Value("${tsunagu.watch.background:true}") boolean background,
      @Value("${tsunagu.watch.send-lease:PT60S}") Duration lease) {
    this.background = background;
    this.lease = lease;
    this.jdbc = jdbc;
    this.notifiers = notifiers;
    this.tx = tx;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${tsunagu.watch.send-interval:PT1S}",
      initialDelayString = "${tsunagu.watch.send-interval:PT1S}")
  void tick() {
    if (!background) {
      return;
    }
    sendDue(clock.instant());
  }

  /** Sends every message due at {@code now}; returns how many were handed over. */
  public int sendDue(Instant now) {
    int sent = 0;
    List<Leased> batch;
    do {
      batch = lease(now);
      for (Leased m : batch) {
        sent += send(m, now) ? 1 : 0;
      }
    } while (batch.size() == BATCH);
    return sent;
  }

  private List<Leased> lease(Instant now) {
    return tx.execute(
        status ->
            jdbc.sql(
                    "UPDATE watch.message m SET status = 'SENDING', lease_until = ?, attempts ="
                        + " attempts + 1 FROM (SELECT id FROM watch.message WHERE ((status ="
                        + " 'PENDING' AND next_attempt_at <= ?) OR (status = 'SENDING' AND"
                        + " lease_until < ?)) ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP"
                        + " LOCKED) due WHERE m.id = due.id RETURNING m.id, m.channel, m.address,"
                        + " m.subject, m.body, m.dedupe_key, m.attempts")
                .params(
                    Timestamp.from(now.plus(lease)),
                    Timestamp.from(now),
                    Timestamp.from(now),
                    BATCH)
                .query(Leased.class)
                .list());
  }

  private boolean send(Leased m, Instant now) {
    Notifier notifier = notifiers.forChannel(m.channel()).orElse(null);
    try {
      if (notifier == null) {
        throw new IllegalStateException("no notifier for the channel");
      }
      boolean kept = notifier.send(m.address(), m.subject(), m.body(), m.dedupeKey());
      jdbc.sql(
              "UPDATE watch.message SET status = ?, sent_at = ?, lease_until = NULL WHERE id = ?"
                  + " AND status = 'SENDING'")
          .params(kept ? "KEPT" : "SENT", Timestamp.from(clock.instant()), m.id())
          .update();
      return true;
    } catch (Exception e) {
      LOG.warn("A watch message was not handed over; it is tried again: {}", SafeLog.describe(e));
      boolean last = m.attempts() >= MAX_ATTEMPTS;
      jdbc.sql(
              "UPDATE watch.message SET status = ?, next_attempt_at = ?, lease_until = NULL WHERE"
                  + " id = ? AND status = 'SENDING'")
          .params(
              last ? "FAILED" : "PENDING",
              Timestamp.from(now.plusSeconds(Math.min(600, 15L << Math.min(m.attempts(), 6)))),
              m.id())
          .update();
      return false;
    }
  }
}
