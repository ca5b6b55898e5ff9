package org.tsunagu.watch.internal.target;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.AccessGround;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.RelationshipKind;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.watch.internal.target.TargetInput.ExpectedContactInput;
import org.tsunagu.watch.internal.target.TargetInput.WatcherInput;

/**
 * Changes to who watches a target and when contact is expected, after registration: a watcher added
 * (their organisation gets a WATCH relationship on the target's consent if it had none) or taken
 * off; a regular contact added or stopped. Checked as at registration.
 */
@Service
public class TargetChanges {

  private final JdbcClient jdbc;
  private final PeopleApi people;
  private final TargetInputCheck check;
  private final TargetWrites writes;
  private final TargetLock locks;
  private final AuditLog audit;
  private final Clock clock;

  TargetChanges(
      JdbcClient jdbc,
      PeopleApi people,
      TargetInputCheck check,
      TargetWrites writes,
      TargetLock locks,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.locks = locks;
    this.people = people;
    this.check = check;
    this.writes = writes;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public void addWatcher(CurrentUser user, long targetId, WatcherInput in) {
    record Target(long personId, long consentId) {}
    Target t = locks.lock(user, targetId, Target.class, "person_id, consent_id");
    Problems p = new Problems();
    check.watchers(List.of(in), p);
    TargetLock.throwAsBody(p, "watchers[0].");
    int added =
        jdbc.sql(
                "INSERT INTO watch.watcher (target_id, user_id, kind) VALUES (?, ?, ?) ON CONFLICT"
                    + " DO NOTHING")
            .params(targetId, in.userId(), in.kind())
            .update();
    if (added == 0) {
      p.add("userId", "watch.target.validation.watcherTwice");
      p.throwIfAny();
    }
    long org =
        jdbc.sql("SELECT organization_id FROM platform.user_directory WHERE id = ?")
            .param(in.userId())
            .query(Long.class)
            .single();
    boolean related =
        jdbc.sql(
                "SELECT EXISTS (SELECT 1 FROM watch.target_relationship WHERE target_id = ? AND"
                    + " organization_id = ?)")
            .params(targetId, org)
            .query(Boolean.class)
            .single();
    if (!related) {
      long relationship =
          people.recordRelationship(
              t.personId(),
              org,
              RelationshipKind.WATCH,
              "watch_target:" + targetId,
              AccessGround.consent(t.consentId()));
      jdbc.sql(
              "INSERT INTO watch.target_relationship (target_id, relationship_id, organization_id)"
                  + " VALUES (?, ?, ?)")
          .params(targetId, relationship, org)
          .update();
    }
    audit.record(AuditAction.UPDATE, "watch_target", targetId, "watcher+");
  }

  @Transactional
  public void removeWatcher(CurrentUser user, long targetId, long userId) {
    locks.lock(user, targetId, Long.class, "id");
    if (jdbc.sql("DELETE FROM watch.watcher WHERE target_id = ? AND user_id = ?")
            .params(targetId, userId)
            .update()
        == 0) {
      throw new NotFoundException();
    }
    jdbc.sql("UPDATE watch.expected_contact SET user_id = NULL WHERE target_id = ? AND user_id = ?")
        .params(targetId, userId)
        .update();
    audit.record(AuditAction.UPDATE, "watch_target", targetId, "watcher-");
  }

  @Transactional
  public void addExpected(CurrentUser user, long targetId, ExpectedContactInput in) {
    locks.lock(user, targetId, Long.class, "id");
    Set<Long> watchers =
        Set.copyOf(
            jdbc.sql("SELECT user_id FROM watch.watcher WHERE target_id = ?")
                .param(targetId)
                .query(Long.class)
                .list());
    Problems p = new Problems();
    List<Schedule> schedules = check.expected(List.of(in), watchers, p);
    TargetLock.throwAsBody(p, "expectedContacts[0].");
    writes.insertExpected(targetId, List.of(in), schedules, clock.instant());
    audit.record(AuditAction.UPDATE, "watch_target", targetId, "expected+");
  }

  @Transactional
  public void stopExpected(CurrentUser user, long targetId, long expectedId) {
    locks.lock(user, targetId, Long.class, "id");
    if (jdbc.sql(
                "UPDATE watch.expected_contact SET active = false WHERE id = ? AND target_id = ? AND"
                    + " active")
            .params(expectedId, targetId)
            .update()
        == 0) {
      throw new NotFoundException();
    }
    audit.record(AuditAction.UPDATE, "watch_target", targetId, "expected-");
  }
}
