package org.tsunagu.aid.internal.batch;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.aid.internal.matching.Assignments;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.Problems;

/**
 * Sends a reviewed proposal: each line the coordinator kept is confirmed as if by hand (so a
 * supporter who has since become unable, or a request since taken, is refused with its reason and
 * the rest go on), the others are skipped; a proposal is sent once.
 */
@Service
public class BatchSending {

  private final JdbcClient jdbc;
  private final Programmes programmes;
  private final Assignments assignments;
  private final MessageSource messages;
  private final TransactionTemplate tx;
  private final AuditLog audit;
  private final Clock clock;

  BatchSending(
      JdbcClient jdbc,
      Programmes programmes,
      Assignments assignments,
      MessageSource messages,
      TransactionTemplate tx,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.programmes = programmes;
    this.assignments = assignments;
    this.messages = messages;
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
  }

  /** Sends the lines of the requests kept ({@code null}: every proposed line). */
  public void send(CurrentUser user, long programmeId, long proposalId, Set<Long> kept) {
    programmes.managed(user, programmeId);
    Boolean draft =
        tx.execute(
            s ->
                jdbc.sql(
                            "UPDATE aid.batch_proposal SET status = 'SENT', sent_at = ?, version ="
                                + " version + 1 WHERE id = ? AND programme_id = ? AND status = 'DRAFT'")
                        .params(Timestamp.from(clock.instant()), proposalId, programmeId)
                        .update()
                    == 1);
    if (!Boolean.TRUE.equals(draft)) {
      Problems p = new Problems();
      p.add("proposalId", "aid.validation.proposalSent");
      p.throwIfAny();
    }
    List<long[]> lines =
        jdbc.sql(
                "SELECT request_id, supporter_id FROM aid.batch_line WHERE proposal_id = ? AND"
                    + " supporter_id IS NOT NULL ORDER BY request_id")
            .param(proposalId)
            .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
            .list();
    int confirmed = 0;
    for (long[] line : lines) {
      if (kept != null && !kept.contains(line[0])) {
        outcome(proposalId, line[0], "SKIPPED", null);
        continue;
      }
      try {
        assignments.confirm(user, programmeId, line[0], line[1]);
        outcome(proposalId, line[0], "CONFIRMED", null);
        confirmed++;
      } catch (FieldErrorsException e) {
        var problem = e.problems().get(0);
        outcome(
            proposalId,
            line[0],
            "REFUSED",
            messages.getMessage(problem.messageKey(), problem.args(), user.locale()));
      }
    }
    audit.record(AuditAction.UPDATE, "aid_batch", proposalId, "confirmed=" + confirmed);
  }

  private void outcome(long proposalId, long requestId, String outcome, String refusal) {
    jdbc.sql(
            "UPDATE aid.batch_line SET outcome = ?, refusal = ? WHERE proposal_id = ? AND"
                + " request_id = ?")
        .params(outcome, refusal, proposalId, requestId)
        .update();
  }
}
