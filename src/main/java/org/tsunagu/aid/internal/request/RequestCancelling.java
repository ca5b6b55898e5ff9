package org.tsunagu.aid.internal.request;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.aid.internal.programme.FeeRules;
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.Problems;

/**
 * Cancels visits, judging the notice given against the programme's rules; the supporters asked or
 * confirmed are released, and the charge is settled with the month.
 */
@Service
public class RequestCancelling {

  private final JdbcClient jdbc;
  private final Programmes programmes;
  private final HelpRequests requests;
  private final AuditLog audit;
  private final Clock clock;

  RequestCancelling(
      JdbcClient jdbc, Programmes programmes, HelpRequests requests, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.programmes = programmes;
    this.requests = requests;
    this.audit = audit;
    this.clock = clock;
  }

  /** Cancels a visit: notice judged now against its start; the charge is settled with the month. */
  @Transactional
  public String cancel(CurrentUser user, long programmeId, long requestId, boolean noNotice) {
    Programme programme = programmes.managed(user, programmeId);
    HelpRequest r = requests.lock(programmeId, requestId);
    if (!"OPEN".equals(r.status()) && !"ASSIGNED".equals(r.status())) {
      Problems p = new Problems();
      p.add("status", "aid.validation.notCancellable");
      p.throwIfAny();
    }
    LocalDateTime start = LocalDateTime.ofInstant(r.startsAt(), clock.getZone());
    FeeRules.Notice notice =
        noNotice
            ? FeeRules.Notice.NO_NOTICE
            : programme.fees().notice(start, LocalDateTime.now(clock));
    jdbc.sql(
            "UPDATE aid.help_request SET status = 'CANCELLED', cancel_notice = ?, cancelled_at = ?,"
                + " version = version + 1 WHERE id = ?")
        .params(notice.name(), Timestamp.from(clock.instant()), requestId)
        .update();
    jdbc.sql(
            "UPDATE aid.assignment SET status = 'WITHDRAWN', answered_at = ? WHERE request_id = ?"
                + " AND status IN ('OFFERED','CONFIRMED')")
        .params(Timestamp.from(clock.instant()), requestId)
        .update();
    audit.record(AuditAction.UPDATE, "aid_request", requestId, "cancelled=" + notice);
    return notice.name();
  }
}
