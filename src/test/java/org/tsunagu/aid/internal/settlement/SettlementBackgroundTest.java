package org.tsunagu.aid.internal.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tsunagu.aid.AidFixture;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.time.TokyoClock;
import org.tsunagu.support.IntegrationTest;

/**
 * Settlement as background work: started and answered at once, followed until closed; a run whose
 * node died (its heartbeat stale, part of the month posted) finished by the sweep with every visit
 * posted once, also when two sweeps reach for it at once; a run whose claim was taken over posts
 * nothing; a failure recorded with its reason and a new run after it.
 */
@IntegrationTest
@Import({AidFixture.class, MonthVisits.class})
class SettlementBackgroundTest {

  @Autowired MockMvc mvc;
  @Autowired AidFixture fixture;
  @Autowired TokyoClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired MonthVisits visits;
  @Autowired SettlementSweep sweep;
  @Autowired SettlementRun run;
  @Autowired SettlementBatches batches;
  @Autowired Programmes programmes;

  AidFixture.Scheme s;
  YearMonth month;
  String api;

  @BeforeEach
  void setUp() {
    s = fixture.scheme();
    month = YearMonth.now(clock).minusMonths(1);
    api = "/api/v1/aid/programmes/" + s.programme() + "/settlements";
  }

  @Test
  void shouldAnswerAtOnceCloseInTheBackgroundAndThenAnswerTheClosedMonthUnchanged()
      throws Exception {
    visits(0, 2);
    send(api, "{\"month\": \"" + month + "\"}")
        .andExpect(status().isAccepted())
        .andExpect(header().string("Location", api + "/" + month))
        .andExpect(jsonPath("$.status").value("RUNNING"));
    SettlementAwait.until(() -> read(api + "/" + month), "CLOSED");
    mvc.perform(get(api + "/" + month).with(user(s.coordinator())))
        .andExpect(jsonPath("$.doneItems").value(2))
        .andExpect(jsonPath("$.totalItems").value(2));
    long journals = journals();
    send(api, "{\"month\": \"" + month + "\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CLOSED"));
    assertThat(journals()).isEqualTo(journals).isEqualTo(2);
    assertThat(settlementRows()).isEqualTo(1);
  }

  @Test
  void shouldAnswerTheRunningSettlementInsteadOfStartingASecond() throws Exception {
    long running = running("another-node", "now()", 0, 0);
    send(api, "{\"month\": \"" + month + "\"}")
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.id").value(running))
        .andExpect(jsonPath("$.status").value("RUNNING"));
    assertThat(settlementRows()).isEqualTo(1);
  }

  @Test
  void shouldFinishARunWhoseNodeDiedPostingEveryVisitOnce() throws Exception {
    List<Long> early = visits(0, 2);
    long id = running("killed-node", "now()", 0, 2);
    assertThat(batches.postNext(programmes.find(s.programme()).orElseThrow(), month, userId()))
        .as("what the killed node posted before it died")
        .isEqualTo(2);
    jdbc.sql("UPDATE aid.settlement SET done_items = 2 WHERE id = ?").param(id).update();
    List<Long> late = visits(2, 2);
    killed(id);
    sweep.resumeStale();
    SettlementAwait.until(() -> statusOf(id), "CLOSED");
    assertEveryVisitPostedOnce(early, late);
    assertThat(
            jdbc.sql("SELECT done_items || '/' || total_items FROM aid.settlement WHERE id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("4/4");
  }

  @Test
  void shouldFinishAStaleRunOnceWhenTwoSweepsReachForItAtOnce() throws Exception {
    List<Long> reported = visits(0, 3);
    long id = running("killed-node", "now()", 0, 0);
    killed(id);
    CyclicBarrier together = new CyclicBarrier(2);
    Callable<Integer> sweeping =
        () -> {
          together.await();
          return sweep.resumeStale();
        };
    var pool = Executors.newFixedThreadPool(2);
    try {
      var claimed = pool.invokeAll(List.of(sweeping, sweeping));
      assertThat(claimed.get(0).get() + claimed.get(1).get())
          .as("claims taken between the two sweeps")
          .isLessThanOrEqualTo(1);
    } finally {
      pool.shutdown();
    }
    SettlementAwait.until(() -> statusOf(id), "CLOSED");
    assertEveryVisitPostedOnce(reported, List.of());
  }

  @Test
  void shouldPostNothingForARunWhoseClaimWasTakenOver() {
    visits(0, 1);
    long id = running("the-node-that-took-over", "now()", 0, 0);
    run.run(id, "a-node-that-was-thought-dead");
    assertThat(statusOf(id)).isEqualTo("RUNNING");
    assertThat(journals()).isZero();
  }

  @Test
  void shouldRecordAFailureShowItAndStartANewRunAfterIt() throws Exception {
    visits(0, 1);
    jdbc.sql(
            "INSERT INTO aid.closed_month (programme_id, month, closed_at, closed_by) VALUES (?, ?,"
                + " now(), ?)")
        .params(s.programme(), month.atDay(1), userId())
        .update();
    long first = id(send(api, "{\"month\": \"" + month + "\"}").andExpect(status().isAccepted()));
    SettlementAwait.until(() -> read(api + "/" + month), "FAILED");
    mvc.perform(get(api + "/" + month).with(user(s.coordinator())))
        .andExpect(jsonPath("$.id").value(first))
        .andExpect(jsonPath("$.failure").value("aid.validation.monthClosed"));
    mvc.perform(
            get("/aid/programmes/" + s.programme() + "/settlements/" + month)
                .with(user(s.coordinator())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("精算を最後まで終えられませんでした")))
        .andExpect(content().string(containsString("この月は締め済みです")))
        .andExpect(content().string(containsString("もう一度精算する")));
    long second = id(send(api, "{\"month\": \"" + month + "\"}").andExpect(status().isAccepted()));
    assertThat(second).isNotEqualTo(first);
    SettlementAwait.until(() -> statusOf(second), "FAILED");
  }

  @Test
  void shouldShowTheProgressOnThePageAndThenTheStatements() throws Exception {
    visits(0, 2);
    long id = running("another-node", "now()", 1, 3);
    String page = "/aid/programmes/" + s.programme() + "/settlements/" + month;
    mvc.perform(get(page).with(user(s.coordinator())))
        .andExpect(status().isOk())
        .andExpect(header().string("Refresh", "2"))
        .andExpect(content().string(containsString("精算中")))
        .andExpect(content().string(containsString("1／3件")))
        .andExpect(content().string(containsString("<progress")))
        .andExpect(content().string(not(containsString("明細書"))));
    killed(id);
    sweep.resumeStale();
    SettlementAwait.until(() -> statusOf(id), "CLOSED");
    mvc.perform(get(page).with(user(s.coordinator())))
        .andExpect(status().isOk())
        .andExpect(header().doesNotExist("Refresh"))
        .andExpect(content().string(containsString("締め済み")))
        .andExpect(content().string(containsString("明細書")))
        .andExpect(
            content()
                .string(
                    containsString("/members/" + s.recipient() + "/statements/" + month + ".pdf")));
  }

  @Test
  void shouldRedirectThePageToTheMonthWhileItSettles() throws Exception {
    visits(0, 1);
    String base = "/aid/programmes/" + s.programme() + "/settlements";
    mvc.perform(
            post(base).with(user(s.coordinator())).with(csrf()).param("month", month.toString()))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", base + "/" + month));
    SettlementAwait.until(() -> read(api + "/" + month), "CLOSED");
  }

  private void assertEveryVisitPostedOnce(List<Long> first, List<Long> second) {
    List<Long> all = new ArrayList<>(first);
    all.addAll(second);
    for (long report : all) {
      assertThat(
              jdbc.sql("SELECT journal_id FROM aid.activity_report WHERE id = ?")
                  .param(report)
                  .query(Long.class)
                  .single())
          .as("report %d posted", report)
          .isPositive();
    }
    assertThat(
            jdbc.sql("SELECT count(DISTINCT journal_id) FROM aid.activity_report WHERE id = ANY(?)")
                .param(all.toArray(Long[]::new))
                .query(Long.class)
                .single())
        .isEqualTo(all.size());
    assertThat(journals()).as("one journal per visit, none twice").isEqualTo(all.size());
    assertThat(
            jdbc.sql("SELECT sum(balance) FROM aid.account WHERE programme_id = ? GROUP BY unit")
                .param(s.programme())
                .query(Long.class)
                .list())
        .allMatch(sum -> sum == 0);
    assertThat(
            jdbc.sql("SELECT count(*) FROM aid.closed_month WHERE programme_id = ? AND month = ?")
                .params(s.programme(), month.atDay(1))
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  /** The run's node died: its heartbeat stopped ten minutes ago. */
  private void killed(long id) {
    jdbc.sql("UPDATE aid.settlement SET heartbeat_at = now() - interval '10 minutes' WHERE id = ?")
        .param(id)
        .update();
  }

  /** A settlement row as a node left it: RUNNING, its heartbeat at {@code heartbeat} (SQL). */
  private long running(String runner, String heartbeat, int done, int total) {
    return jdbc.sql(
            "INSERT INTO aid.settlement (programme_id, month, status, done_items, total_items,"
                + " started_at, started_by, heartbeat_at, runner) VALUES (?, ?, 'RUNNING', ?, ?,"
                + " now(), ?, "
                + heartbeat
                + ", ?) RETURNING id")
        .params(s.programme(), month.atDay(1), done, total, userId(), runner)
        .query(Long.class)
        .single();
  }

  private List<Long> visits(int from, int count) {
    return visits.reported(s, month, from, count);
  }

  private long userId() {
    return s.coordinator().id();
  }

  private long journals() {
    return jdbc.sql("SELECT count(*) FROM aid.journal WHERE programme_id = ?")
        .param(s.programme())
        .query(Long.class)
        .single();
  }

  private long settlementRows() {
    return jdbc.sql("SELECT count(*) FROM aid.settlement WHERE programme_id = ?")
        .param(s.programme())
        .query(Long.class)
        .single();
  }

  private String statusOf(long id) {
    return jdbc.sql("SELECT status FROM aid.settlement WHERE id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  private String read(String path) {
    try {
      String json =
          mvc.perform(get(path).with(user(s.coordinator())))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      return json.replaceAll(".*\"status\":\"([A-Z]+)\".*", "$1");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private ResultActions send(String path, String body) throws Exception {
    return mvc.perform(
        post(path)
            .with(user(s.coordinator()))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private static long id(ResultActions result) throws Exception {
    String json = result.andReturn().getResponse().getContentAsString();
    return Long.parseLong(json.replaceAll("^\\{\"id\":(\\d+),.*", "$1"));
  }
}
