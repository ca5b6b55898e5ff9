package org.tsunagu.watch.internal.target;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.watch.internal.target.TargetInput.ContactInput;
import org.tsunagu.watch.internal.target.TargetInput.ExpectedContactInput;
import org.tsunagu.watch.internal.target.TargetInput.WatcherInput;

/** The rows of a checked target. */
@Repository
class TargetWrites {

  private final JdbcClient jdbc;

  TargetWrites(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insertTarget(
      CurrentUser user, TargetInput in, Long agreementId, long consentId, Instant now) {
    return jdbc.sql(
            "INSERT INTO watch.target (person_id, organization_id, agreement_id, consent_id,"
                + " key_holder, doctor, notes, driver_notes, created_at, created_by) VALUES (?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
        .params(
            in.personId(),
            user.organizationId(),
            agreementId,
            consentId,
            strip(in.keyHolder()),
            strip(in.doctor()),
            strip(in.notes()),
            strip(in.driverNotes()),
            Timestamp.from(now),
            user.id())
        .query(Long.class)
        .single();
  }

  List<Long> insertContacts(long targetId, List<ContactInput> contacts) {
    List<Long> ids = new ArrayList<>();
    for (ContactInput c : contacts) {
      ids.add(
          jdbc.sql(
                  "INSERT INTO watch.target_contact (target_id, kind, name, relation, email, phone,"
                      + " daily_updates) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
              .params(
                  targetId,
                  c.kind(),
                  c.name().strip(),
                  strip(c.relation()),
                  strip(c.email()),
                  strip(c.phone()),
                  Boolean.TRUE.equals(c.dailyUpdates()))
              .query(Long.class)
              .single());
    }
    return ids;
  }

  void insertWatchers(long targetId, List<WatcherInput> watchers) {
    for (WatcherInput w : watchers) {
      jdbc.sql("INSERT INTO watch.watcher (target_id, user_id, kind) VALUES (?, ?, ?)")
          .params(targetId, w.userId(), w.kind())
          .update();
    }
  }

  void insertExpected(
      long targetId, List<ExpectedContactInput> inputs, List<Schedule> schedules, Instant now) {
    for (int i = 0; i < inputs.size(); i++) {
      ExpectedContactInput e = inputs.get(i);
      Schedule s = schedules.get(i);
      Instant next = s.nextAfter(now);
      jdbc.sql(
              "INSERT INTO watch.expected_contact (target_id, kind, weekday, at_time,"
                  + " grace_minutes, user_id, next_at, next_due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              targetId,
              e.kind(),
              e.weekday(),
              java.sql.Time.valueOf(s.time()),
              s.graceMinutes(),
              e.userId(),
              Timestamp.from(next),
              Timestamp.from(s.deadline(next)))
          .update();
    }
  }

  static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
