package org.tsunagu.watch.internal.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.idempotency.IdempotencyOwner;
import org.tsunagu.platform.idempotency.IdempotentRequests;
import org.tsunagu.platform.idempotency.IdempotentResult;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.watch.WatchPermissions;
import org.tsunagu.watch.internal.alert.AlertOpening;

/**
 * 異変通報: a door report is stored with the alert it raises in one transaction, once per key (a double
 * tap or a resend after a lost answer replays the first), so when the phone shows 「送信しました」 the
 * report and its first notification are on disk.
 */
@Service
public class Observations {

  /** How far ahead of the server's clock a phone's clock may be. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  /** Reports kept on a phone for longer are refused: they say nothing about now. */
  static final Duration OLDEST = Duration.ofDays(7);

  private final JdbcClient jdbc;
  private final ReportAccess access;
  private final IdempotentRequests idempotent;
  private final AlertOpening alerts;
  private final AuditLog audit;
  private final Clock clock;

  Observations(
      JdbcClient jdbc,
      ReportAccess access,
      IdempotentRequests idempotent,
      AlertOpening alerts,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.access = access;
    this.idempotent = idempotent;
    this.alerts = alerts;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public IdempotentResult report(CurrentUser user, ObservationInput in, String key) {
    user.require(WatchPermissions.WATCH_REPORT);
    Instant now = clock.instant();
    Problems p = new Problems();
    if (in.targetId() == null) {
      p.add("targetId", "validation.required");
      p.throwIfAny();
    }
    Set<Sign> signs = signs(in, p);
    boolean danger = Boolean.TRUE.equals(in.danger());
    if (signs.isEmpty() && !danger) {
      p.add("signs", "watch.report.validation.nothing");
    }
    if (in.note() != null && in.note().length() > 500) {
      p.add("note", "validation.tooLong", 500);
    }
    Instant observed = observedAt(in.observedAt(), now, p);
    p.throwIfAny();
    ReportAccess.Target target = access.require(user, in.targetId());
    if (key == null) {
      return new IdempotentResult(
          store(user, target, signs, danger, in.note(), observed, now), false);
    }
    return idempotent.once(
        IdempotencyOwner.of(user),
        "watch.observation",
        key,
        in.canonical(),
        () -> store(user, target, signs, danger, in.note(), observed, now));
  }

  private long store(
      CurrentUser user,
      ReportAccess.Target target,
      Set<Sign> signs,
      boolean danger,
      String note,
      Instant observed,
      Instant now) {
    long id =
        jdbc.sql(
                "INSERT INTO watch.observation (target_id, reported_by, signs, note, danger,"
                    + " observed_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
            .params(
                target.id(),
                user.id(),
                signs.stream().map(Enum::name).toArray(String[]::new),
                note == null || note.isBlank() ? null : note.strip(),
                danger,
                Timestamp.from(observed),
                Timestamp.from(now))
            .query(Long.class)
            .single();
    audit.record(AuditAction.CREATE, "watch_observation", id, null);
    alerts.forObservation(target.id(), id, danger, now);
    return id;
  }

  private static Set<Sign> signs(ObservationInput in, Problems p) {
    Set<Sign> signs = EnumSet.noneOf(Sign.class);
    if (in.signs() != null) {
      for (String s : in.signs().stream().filter(Objects::nonNull).toList()) {
        try {
          signs.add(Sign.valueOf(s));
        } catch (IllegalArgumentException e) {
          p.add("signs", "watch.report.validation.sign");
        }
      }
    }
    return signs;
  }

  static Instant observedAt(String value, Instant now, Problems p) {
    if (value == null || value.isBlank()) {
      return now;
    }
    try {
      Instant at = Instant.parse(value.strip());
      if (at.isAfter(now.plus(CLOCK_SKEW)) || at.isBefore(now.minus(OLDEST))) {
        p.add("observedAt", "watch.report.validation.observedAt");
      }
      return at.isAfter(now) ? now : at;
    } catch (DateTimeParseException e) {
      p.add("observedAt", "watch.report.validation.observedAt");
      return now;
    }
  }
}
