package org.tsunagu.aid.internal.report;

import static org.tsunagu.aid.internal.AidChecks.optionalRange;
import static org.tsunagu.aid.internal.AidChecks.text;
import static org.tsunagu.aid.internal.AidChecks.time;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.function.LongSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.aid.internal.request.HelpRequest;
import org.tsunagu.aid.internal.request.HelpRequests;
import org.tsunagu.consultation.BroughtConcerns;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.idempotency.IdempotencyOwner;
import org.tsunagu.platform.idempotency.IdempotentRequests;
import org.tsunagu.platform.idempotency.IdempotentResult;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;

/**
 * 活動報告: the confirmed supporter reports their visit, once — sent twice with the same key it is
 * stored once, and a second report of the same visit is refused. A worry about the recipient goes
 * to consultation as an intake the supporter brought.
 */
@Service
public class ActivityReports {

  static final String OPERATION = "aid.report";

  private final JdbcClient jdbc;
  private final HelpRequests requests;
  private final Programmes programmes;
  private final BroughtConcerns concerns;
  private final IdempotentRequests idempotent;
  private final AuditLog audit;
  private final Clock clock;

  ActivityReports(
      JdbcClient jdbc,
      HelpRequests requests,
      Programmes programmes,
      BroughtConcerns concerns,
      IdempotentRequests idempotent,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.requests = requests;
    this.programmes = programmes;
    this.concerns = concerns;
    this.idempotent = idempotent;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public IdempotentResult report(CurrentUser user, long requestId, ReportInput in, String key) {
    user.require(AidPermissions.AID_REPORT);
    return once(user, requestId, in, key, () -> bySupporter(user, requestId, in));
  }

  /**
   * The office types in a paper report (活動報告書) for the confirmed supporter: it counts as theirs,
   * recorded by the one who typed it.
   */
  @Transactional
  public IdempotentResult recordForSupporter(
      CurrentUser user, long programmeId, long requestId, ReportInput in, String key) {
    programmes.managed(user, programmeId);
    return once(
        user,
        requestId,
        in,
        key,
        () -> {
          if (requests.find(programmeId, requestId).isEmpty()) {
            throw new NotFoundException();
          }
          return store(user, programmeId, requestId, in);
        });
  }

  private IdempotentResult once(
      CurrentUser user, long requestId, ReportInput in, String key, LongSupplier create) {
    if (key == null) {
      return new IdempotentResult(create.getAsLong(), false);
    }
    return idempotent.once(
        IdempotencyOwner.of(user), OPERATION, key, new Object[] {requestId, in}, create);
  }

  private long bySupporter(CurrentUser user, long requestId, ReportInput in) {
    Long programmeId =
        jdbc.sql(
                "SELECT h.programme_id FROM aid.help_request h JOIN aid.assignment a ON"
                    + " a.request_id = h.id AND a.status = 'CONFIRMED' JOIN aid.member m ON m.id ="
                    + " a.supporter_id WHERE h.id = ? AND m.user_id = ?")
            .params(requestId, user.id())
            .query(Long.class)
            .optional()
            .orElseThrow(NotFoundException::new);
    return store(user, programmeId, requestId, in);
  }

  private long store(CurrentUser user, long programmeId, long requestId, ReportInput in) {
    HelpRequest r = requests.lock(programmeId, requestId);
    Programme programme = programmes.find(programmeId).orElseThrow(NotFoundException::new);
    Problems p = new Problems();
    if (!"ASSIGNED".equals(r.status())) {
      p.add(
          "done", "DONE".equals(r.status()) ? "aid.validation.reported" : "aid.validation.notOpen");
      p.throwIfAny();
    }
    LocalDate day = r.startsAt().atZone(clock.getZone()).toLocalDate();
    LocalTime started = time(p, "started", in.started());
    LocalTime ended = time(p, "ended", in.ended());
    if (started != null && ended != null && !started.isBefore(ended)) {
      p.add("ended", "aid.validation.afterFrom");
    }
    ZonedDateTime start = started == null ? null : day.atTime(started).atZone(clock.getZone());
    if (start != null && start.toInstant().isAfter(clock.instant())) {
      p.add("started", "aid.validation.future");
    }
    String done = text(p, "done", in.done(), 2000, true);
    Integer travel = optionalRange(p, "travelYen", in.travelYen(), 0, 100_000);
    Integer expense = optionalRange(p, "expenseYen", in.expenseYen(), 0, 100_000);
    String concern = text(p, "concern", in.concern(), 4000, false);
    boolean credits = Boolean.TRUE.equals(in.takeCredits()) || programme.credits().only();
    if (credits && !programme.credits().allowed()) {
      p.add("takeCredits", "aid.validation.noCredits");
    }
    p.throwIfAny();
    long supporter =
        jdbc.sql(
                "SELECT supporter_id FROM aid.assignment WHERE request_id = ? AND status ="
                    + " 'CONFIRMED'")
            .param(requestId)
            .query(Long.class)
            .single();
    long id =
        jdbc.sql(
                "INSERT INTO aid.activity_report (request_id, programme_id, supporter_id,"
                    + " started_at, ended_at, done, travel_yen, expense_yen, concern,"
                    + " take_credits, reported_at, reported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?) RETURNING id")
            .params(
                requestId,
                programmeId,
                supporter,
                Timestamp.from(start.toInstant()),
                Timestamp.from(day.atTime(ended).atZone(clock.getZone()).toInstant()),
                done,
                travel == null ? 0 : travel,
                expense == null ? 0 : expense,
                concern,
                credits,
                Timestamp.from(clock.instant()),
                user.id())
            .query(Long.class)
            .single();
    jdbc.sql("UPDATE aid.help_request SET status = 'DONE', version = version + 1 WHERE id = ?")
        .param(requestId)
        .update();
    if (concern != null) {
      long intake =
          concerns.bring(
              user,
              new BroughtConcerns.Concern(
                  r.recipientPersonId(), concern, "助け合い活動の報告から", "aid-report-" + id));
      jdbc.sql("UPDATE aid.activity_report SET intake_id = ? WHERE id = ?")
          .params(intake, id)
          .update();
    }
    audit.record(AuditAction.CREATE, "aid_report", id, "request=" + requestId);
    return id;
  }
}
