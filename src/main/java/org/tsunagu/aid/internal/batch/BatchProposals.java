package org.tsunagu.aid.internal.batch;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;

/**
 * A week's open requests assigned at once as a proposal: solved by {@link GreedyBatch}, stored with
 * each line's reasons and the plan's travel, continuity and fairness, for the coordinator to review
 * before {@link BatchSending} sends it. Nothing is confirmed by proposing. A week small enough is
 * also solved exactly ({@link ExactBatch}), and the proposal says how far from the optimum it is.
 */
@Service
public class BatchProposals {

  /** Weeks of at most this many open requests are also solved exactly. */
  static final int EXACT_AT_MOST = 16;

  private static final long EXACT_NODES = 2_000_000;

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final Programmes programmes;
  private final WeekSupply supply;
  private final WeekDemand demand;
  private final MessageSource messages;
  private final TransactionTemplate tx;
  private final AuditLog audit;
  private final Clock clock;

  BatchProposals(
      JdbcClient jdbc,
      JdbcTemplate batch,
      Programmes programmes,
      WeekSupply supply,
      WeekDemand demand,
      MessageSource messages,
      TransactionTemplate tx,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.programmes = programmes;
    this.supply = supply;
    this.demand = demand;
    this.messages = messages;
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
  }

  /** Proposes supporters for the week's open requests (the week holding {@code day}). */
  public long propose(CurrentUser user, long programmeId, LocalDate day) {
    programmes.managed(user, programmeId);
    LocalDate monday =
        (day == null ? LocalDate.now(clock) : day)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    Instant from = monday.atStartOfDay(clock.getZone()).toInstant();
    Instant until = monday.plusWeeks(1).atStartOfDay(clock.getZone()).toInstant();
    long started = System.nanoTime();
    BatchBuilder.Built built =
        new BatchBuilder(
                supply.of(programmeId, from, until),
                demand.of(programmeId, from, until, clock.instant()),
                clock.getZone(),
                from)
            .build();
    BatchPlan plan = GreedyBatch.solve(built.problem());
    int millis = (int) ((System.nanoTime() - started) / 1_000_000);
    Double optimum =
        built.requests().size() > EXACT_AT_MOST
            ? null
            : ExactBatch.solve(built.problem(), EXACT_NODES).map(BatchPlan::cost).orElse(null);
    BatchMetrics m = BatchMetrics.of(built, plan);
    Long id =
        tx.execute(
            s -> {
              long proposal =
                  jdbc.sql(
                          "INSERT INTO aid.batch_proposal (programme_id, week_start, status,"
                              + " requests, assigned, total_cost, travel_km, continuity,"
                              + " hours_spread, solve_millis, optimum_cost, created_at, created_by)"
                              + " VALUES (?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING"
                              + " id")
                      .params(
                          programmeId,
                          monday,
                          built.requests().size(),
                          m.assigned(),
                          plan.cost(),
                          m.travelKm(),
                          m.continuity(),
                          m.hoursSpread(),
                          millis,
                          optimum,
                          Timestamp.from(clock.instant()),
                          user.id())
                      .query(Long.class)
                      .single();
              lines(proposal, built, plan, user.locale());
              return proposal;
            });
    audit.record(AuditAction.CREATE, "aid_batch", id, "requests=" + built.requests().size());
    return id;
  }

  private void lines(long proposal, BatchBuilder.Built built, BatchPlan plan, Locale locale) {
    List<Object[]> rows = new ArrayList<>();
    for (int v = 0; v < plan.choice().length; v++) {
      int o = plan.choice()[v];
      BatchBuilder.Why w = o < 0 ? null : built.why().get(v).get(o);
      rows.add(
          new Object[] {
            proposal,
            built.requests().get(v).id(),
            w == null ? null : w.supporterId(),
            o < 0
                ? BatchProblem.UNASSIGNED
                : built.problem().visits().get(v).options().get(o).cost(),
            w == null ? null : w.km(),
            w == null ? null : why(w, locale)
          });
    }
    batch.batchUpdate(
        "INSERT INTO aid.batch_line (proposal_id, request_id, supporter_id, cost, km, why) VALUES"
            + " (?, ?, ?, ?, ?, ?)",
        rows);
  }

  private String why(BatchBuilder.Why w, Locale locale) {
    List<String> parts = new ArrayList<>();
    if (w.sameArea()) {
      parts.add(messages.getMessage("aid.why.sameArea", null, locale));
    }
    if (w.km() != null) {
      parts.add(
          messages.getMessage(
              "aid.why.distance", new Object[] {String.format("%.1f", w.km())}, locale));
    }
    if (w.preferred()) {
      parts.add(messages.getMessage("aid.why.preferred", null, locale));
    }
    if (w.before() > 0) {
      parts.add(messages.getMessage("aid.why.before", new Object[] {w.before()}, locale));
    }
    return String.join(messages.getMessage("aid.why.separator", null, locale), parts);
  }
}
