package org.tsunagu.aid.internal.batch;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.web.NotFoundException;

/** A proposal as the coordinator reviews it: its figures and every line with names and times. */
@Component
public class BatchQueries {

  public record Proposal(
      long id,
      long programmeId,
      LocalDate weekStart,
      String status,
      int requests,
      int assigned,
      double totalCost,
      double travelKm,
      Double continuity,
      Double hoursSpread,
      int solveMillis,
      Double optimumCost,
      List<Line> lines) {

    /** How far above the exact optimum the plan is, in %, where the week was small enough. */
    @JsonProperty("gapPercent")
    public Double gapPercent() {
      return optimumCost == null || optimumCost == 0
          ? null
          : 100 * (totalCost - optimumCost) / Math.abs(optimumCost);
    }
  }

  public record Line(
      long requestId,
      Instant startsAt,
      int minutes,
      String service,
      String recipientName,
      Long supporterId,
      String supporterName,
      Double km,
      String why,
      String outcome,
      String refusal) {}

  private final JdbcClient jdbc;
  private final AuditLog audit;

  BatchQueries(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  public Proposal find(long programmeId, long proposalId) {
    Optional<Proposal> head =
        jdbc.sql(
                "SELECT id, programme_id, week_start, status, requests, assigned, total_cost,"
                    + " travel_km, continuity, hours_spread, solve_millis, optimum_cost, NULL AS"
                    + " lines FROM"
                    + " aid.batch_proposal WHERE id = ? AND programme_id = ?")
            .params(proposalId, programmeId)
            .query(Proposal.class)
            .optional();
    Proposal p = head.orElseThrow(NotFoundException::new);
    List<Line> lines =
        jdbc.sql(
                "SELECT l.request_id, h.starts_at, h.minutes, i.name AS service, rn.display_name"
                    + " AS recipient_name, l.supporter_id, sn.display_name AS supporter_name,"
                    + " l.km, l.why, l.outcome, l.refusal FROM aid.batch_line l JOIN"
                    + " aid.help_request h ON h.id = l.request_id JOIN aid.menu_item i ON i.id ="
                    + " h.menu_item_id JOIN aid.member rm ON rm.id = h.recipient_id JOIN"
                    + " people.person_display_name rn ON rn.id = rm.person_id LEFT JOIN"
                    + " aid.member sm ON sm.id = l.supporter_id LEFT JOIN"
                    + " people.person_display_name sn ON sn.id = sm.person_id WHERE"
                    + " l.proposal_id = ? ORDER BY l.supporter_id IS NULL DESC, h.starts_at,"
                    + " l.request_id LIMIT 5000")
            .param(proposalId)
            .query(Line.class)
            .list();
    audit.recordSearch("aid_request", "aid.batch", lines.stream().map(Line::requestId).toList());
    return new Proposal(
        p.id(),
        p.programmeId(),
        p.weekStart(),
        p.status(),
        p.requests(),
        p.assigned(),
        p.totalCost(),
        p.travelKm(),
        p.continuity(),
        p.hoursSpread(),
        p.solveMillis(),
        p.optimumCost(),
        lines);
  }
}
