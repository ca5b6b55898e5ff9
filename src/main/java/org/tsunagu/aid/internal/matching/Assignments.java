package org.tsunagu.aid.internal.matching;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.aid.internal.member.Member;
import org.tsunagu.aid.internal.member.Members;
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.aid.internal.request.HelpRequest;
import org.tsunagu.aid.internal.request.HelpRequests;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;

/**
 * Sends supporters: confirmed by a coordinator, or asked several at once with the first to accept
 * taking it. The request's row lock decides between two at the same moment, and a supporter the
 * ranking would not send (no valid insurance, "not this person", busy…) is refused with its reason.
 * A weekly request keeps the supporter for its later visits where they can come.
 */
@Service
public class Assignments {

  private final JdbcClient jdbc;
  private final Programmes programmes;
  private final HelpRequests requests;
  private final Members members;
  private final Matching matching;
  private final AuditLog audit;
  private final Clock clock;

  Assignments(
      JdbcClient jdbc,
      Programmes programmes,
      HelpRequests requests,
      Members members,
      Matching matching,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.programmes = programmes;
    this.requests = requests;
    this.members = members;
    this.matching = matching;
    this.audit = audit;
    this.clock = clock;
  }

  /** Confirms the supporter for the request (and the later visits of its series). */
  @Transactional
  public void confirm(CurrentUser user, long programmeId, long requestId, Long supporterId) {
    Programme programme = programmes.managed(user, programmeId);
    HelpRequest r = requests.lock(programmeId, requestId);
    requireOpen(r);
    long supporter = sendable(programme, r, supporterId, user.locale());
    assign(r.id(), supporter, user.id());
    if (r.seriesId() != null) {
      jdbc.sql("UPDATE aid.request_series SET supporter_id = ? WHERE id = ?")
          .params(supporter, r.seriesId())
          .update();
      for (long later : laterOpenVisits(r)) {
        HelpRequest next = requests.lock(programmeId, later);
        if (canSend(programme, next, supporter, user.locale())) {
          assign(next.id(), supporter, user.id());
        }
      }
    }
    audit.record(AuditAction.UPDATE, "aid_request", requestId, "confirmed=" + supporter);
  }

  /** Asks several supporters at once; the first to accept takes the visit. */
  @Transactional
  public void offer(CurrentUser user, long programmeId, long requestId, List<Long> supporterIds) {
    Programme programme = programmes.managed(user, programmeId);
    HelpRequest r = requests.lock(programmeId, requestId);
    requireOpen(r);
    if (supporterIds == null || supporterIds.isEmpty() || supporterIds.size() > 20) {
      Problems p = new Problems();
      p.add("supporterIds", "aid.validation.offerCount");
      p.throwIfAny();
    }
    for (Long id : supporterIds) {
      long supporter = sendable(programme, r, id, user.locale());
      jdbc.sql(
              "INSERT INTO aid.assignment (request_id, supporter_id, status, created_at,"
                  + " created_by) VALUES (?, ?, 'OFFERED', ?, ?) ON CONFLICT (request_id,"
                  + " supporter_id) DO UPDATE SET status = 'OFFERED', answered_at = NULL")
          .params(r.id(), supporter, Timestamp.from(clock.instant()), user.id())
          .update();
    }
    audit.record(AuditAction.UPDATE, "aid_request", requestId, "offered=" + supporterIds.size());
  }

  /** A supporter answers an offer made to them; accepting a visit already taken is refused. */
  @Transactional
  public void answer(CurrentUser user, long assignmentId, boolean accept) {
    var offer =
        jdbc.sql(
                "SELECT a.request_id, a.supporter_id, h.programme_id FROM aid.assignment a JOIN"
                    + " aid.help_request h ON h.id = a.request_id JOIN aid.member m ON m.id ="
                    + " a.supporter_id WHERE a.id = ? AND m.user_id = ? AND a.status = 'OFFERED'")
            .params(assignmentId, user.id())
            .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
            .optional()
            .orElseThrow(NotFoundException::new);
    HelpRequest r = requests.lock(offer[2], offer[0]);
    if (!accept) {
      setStatus(assignmentId, "DECLINED");
      return;
    }
    requireOpen(r);
    Programme programme = programmes.find(offer[2]).orElseThrow(NotFoundException::new);
    sendable(programme, r, offer[1], user.locale());
    assign(r.id(), offer[1], user.id());
    audit.record(AuditAction.UPDATE, "aid_request", r.id(), "accepted=" + offer[1]);
  }

  private void assign(long requestId, long supporter, long userId) {
    jdbc.sql(
            "INSERT INTO aid.assignment (request_id, supporter_id, status, created_at, created_by,"
                + " answered_at) VALUES (?, ?, 'CONFIRMED', ?, ?, ?) ON CONFLICT (request_id,"
                + " supporter_id) DO UPDATE SET status = 'CONFIRMED', answered_at ="
                + " excluded.answered_at")
        .params(
            requestId,
            supporter,
            Timestamp.from(clock.instant()),
            userId,
            Timestamp.from(clock.instant()))
        .update();
    jdbc.sql(
            "UPDATE aid.assignment SET status = 'WITHDRAWN', answered_at = ? WHERE request_id = ?"
                + " AND status = 'OFFERED'")
        .params(Timestamp.from(clock.instant()), requestId)
        .update();
    jdbc.sql("UPDATE aid.help_request SET status = 'ASSIGNED', version = version + 1 WHERE id = ?")
        .param(requestId)
        .update();
  }

  private long sendable(Programme programme, HelpRequest r, Long supporterId, Locale locale) {
    Problems p = new Problems();
    Member m = supporterId == null ? null : members.find(r.programmeId(), supporterId).orElse(null);
    if (m == null) {
      p.add("supporterId", "aid.refusal.notCandidate");
      p.throwIfAny();
    }
    Ranking.Result result = matching.rank(programme, r, locale);
    for (Ranking.Unavailable u : result.unavailable()) {
      if (u.memberId() == supporterId) {
        p.add("supporterId", u.reason().key());
        p.throwIfAny();
      }
    }
    if (result.ranked().stream().noneMatch(x -> x.memberId() == supporterId)) {
      p.add("supporterId", "aid.refusal.notCandidate");
      p.throwIfAny();
    }
    return supporterId;
  }

  private boolean canSend(Programme programme, HelpRequest r, long supporter, Locale locale) {
    return matching.rank(programme, r, locale).ranked().stream()
        .anyMatch(x -> x.memberId() == supporter);
  }

  private List<Long> laterOpenVisits(HelpRequest r) {
    return new ArrayList<>(
        jdbc.sql(
                "SELECT id FROM aid.help_request WHERE series_id = ? AND starts_at > ? AND status ="
                    + " 'OPEN' ORDER BY starts_at")
            .params(r.seriesId(), Timestamp.from(r.startsAt()))
            .query(Long.class)
            .list());
  }

  private void setStatus(long assignmentId, String status) {
    jdbc.sql("UPDATE aid.assignment SET status = ?, answered_at = ? WHERE id = ?")
        .params(status, Timestamp.from(clock.instant()), assignmentId)
        .update();
  }

  private static void requireOpen(HelpRequest r) {
    if (!"OPEN".equals(r.status())) {
      Problems p = new Problems();
      p.add("supporterId", "aid.validation.notOpen");
      p.throwIfAny();
    }
  }
}
