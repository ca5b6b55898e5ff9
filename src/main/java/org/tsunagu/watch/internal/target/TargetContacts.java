package org.tsunagu.watch.internal.target;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.watch.internal.target.TargetInput.ContactInput;

/**
 * A target's family, key holder and other contacts after registration: one added (checked as at
 * registration), or taken off and forgotten; one the target's own chain still names is refused, so
 * the chain cannot lose a step.
 */
@Service
public class TargetContacts {

  private final JdbcClient jdbc;
  private final TargetInputCheck check;
  private final TargetWrites writes;
  private final TargetLock locks;
  private final AuditLog audit;

  TargetContacts(
      JdbcClient jdbc,
      TargetInputCheck check,
      TargetWrites writes,
      TargetLock locks,
      AuditLog audit) {
    this.jdbc = jdbc;
    this.check = check;
    this.writes = writes;
    this.locks = locks;
    this.audit = audit;
  }

  @Transactional
  public long add(CurrentUser user, long targetId, ContactInput in) {
    locks.lock(user, targetId, Long.class, "id");
    Problems p = new Problems();
    if (in == null) {
      p.add("name", "validation.required");
      p.throwIfAny();
    }
    check.contacts(List.of(in), p);
    TargetLock.throwAsBody(p, "contacts[0].");
    long id = writes.insertContacts(targetId, List.of(in)).get(0);
    audit.record(AuditAction.UPDATE, "watch_target", targetId, "contact+");
    return id;
  }

  @Transactional
  public void remove(CurrentUser user, long targetId, long contactId) {
    locks.lock(user, targetId, Long.class, "id");
    String state =
        jdbc.sql(
                "SELECT CASE WHEN EXISTS (SELECT 1 FROM watch.chain_step s WHERE s.contact_id ="
                    + " c.id) THEN 'CHAIN' ELSE 'FREE' END FROM watch.target_contact c WHERE c.id ="
                    + " ? AND c.target_id = ?")
            .params(contactId, targetId)
            .query(String.class)
            .optional()
            .orElseThrow(NotFoundException::new);
    if (state.equals("CHAIN")) {
      Problems p = new Problems();
      p.add("contactId", "watch.target.validation.contactInChain");
      p.throwIfAny();
    }
    jdbc.sql("DELETE FROM watch.target_contact WHERE id = ?").param(contactId).update();
    audit.record(AuditAction.UPDATE, "watch_target", targetId, "contact-");
  }
}
