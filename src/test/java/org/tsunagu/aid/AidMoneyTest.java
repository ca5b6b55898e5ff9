package org.tsunagu.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.aid.internal.ledger.AccountKind;
import org.tsunagu.aid.internal.ledger.Ledger;
import org.tsunagu.aid.internal.ledger.Statements;
import org.tsunagu.aid.internal.member.Members;
import org.tsunagu.aid.internal.money.AnnualFees;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.time.TokyoClock;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * Money through the ledger: the annual fee billed once per person and year, payments received and
 * payouts made never beyond what is outstanding (even two at once), a repeated request stored once,
 * banked minutes cashed out where the scheme allows; statements show what was paid and what stands.
 */
@IntegrationTest
@Import(AidFixture.class)
class AidMoneyTest {

  @Autowired MockMvc mvc;
  @Autowired AidFixture fixture;
  @Autowired Members members;
  @Autowired Programmes programmes;
  @Autowired AnnualFees fees;
  @Autowired Ledger ledger;
  @Autowired Statements statements;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;
  @Autowired TokyoClock clock;
  @Autowired TestData data;

  AidFixture.Scheme s;
  int year;

  @BeforeEach
  void setUp() {
    s = fixture.scheme();
    year = fees.currentYear(programmes.managed(s.coordinator(), s.programme()));
  }

  @Test
  void shouldBillTheAnnualFeeOncePerPersonAndYear() throws Exception {
    send("/annual-fees", "{\"feeYear\": " + (year + 2) + "}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("feeYear"));
    send("/annual-fees", "{\"feeYear\": " + year + "}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.billed").value(2))
        .andExpect(jsonPath("$.totalYen").value(2000));
    assertThat(owed(s.recipient())).isEqualTo(1000);
    assertThat(owed(s.supporter())).isEqualTo(1000);
    long supporterPerson =
        jdbc.sql("SELECT person_id FROM aid.member WHERE id = ?")
            .param(s.supporter())
            .query(Long.class)
            .single();
    long alsoRecipient =
        members.join(s.coordinator(), s.programme(), AidFixture.recipient(supporterPerson, null));
    long newcomer =
        members.join(
            s.coordinator(),
            s.programme(),
            AidFixture.recipient(fixture.person(s.coordinator(), s.town(), "新人"), null));
    send("/annual-fees", "{\"feeYear\": " + year + "}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.billed").value(1));
    assertThat(owed(newcomer)).isEqualTo(1000);
    assertThat(owed(alsoRecipient)).as("the same person is billed once a year").isZero();
    get("/annual-fees/" + year)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.billed").value(3))
        .andExpect(jsonPath("$.unbilled").value(0))
        .andExpect(jsonPath("$.feeYen").value(1000));
    assertThat(ledger.balance(s.programme(), null, AccountKind.ORGANIZATION)).isEqualTo(-3000);
  }

  @Test
  void shouldReceiveNoMoreThanOwedAndStoreARepeatOnce() throws Exception {
    send("/annual-fees", "{\"feeYear\": " + year + "}").andExpect(status().isOk());
    String today = LocalDate.now(clock).toString();
    send("/payments", payment(s.recipient(), 1500, "CASH", today))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("amountYen"))
        .andExpect(jsonPath("$.errors[0].message").value("未収の額（1,000円）より多くは受け取れません。"));
    send("/payments", payment(s.recipient(), 600, "CHEQUE", today))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("method"));
    send(
            "/payments",
            payment(s.recipient(), 600, "CASH", LocalDate.now(clock).plusDays(1).toString()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("paidOn"));
    send("/payments", "{\"memberId\": " + s.recipient() + ", \"amountYen\": \"many\"}")
        .andExpect(status().isBadRequest());
    assertThat(moves()).as("nothing stored by a refused request").isZero();
    String body = payment(s.recipient(), 600, "BANK_TRANSFER", today);
    long first = id(sendKeyed("/payments", body, "pay-1").andExpect(status().isCreated()));
    sendKeyed("/payments", body, "pay-1")
        .andExpect(status().isCreated())
        .andExpect(header().string("Idempotent-Replayed", "true"))
        .andExpect(jsonPath("$.id").value(first));
    assertThat(moves()).isEqualTo(1);
    assertThat(owed(s.recipient())).isEqualTo(400);
    Statements.Statement st = statements.of(s.programme(), s.recipient(), YearMonth.now(clock));
    assertThat(st.paidYen()).isEqualTo(600);
    assertThat(st.owedYen()).as("the month's charges: the annual fee").isEqualTo(1000);
    assertThat(st.owedBalanceYen()).isEqualTo(400);
    get("/members/" + s.recipient() + "/money-moves")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].amountYen").value(600))
        .andExpect(jsonPath("$[0].method").value("BANK_TRANSFER"))
        .andExpect(jsonPath("$[0].direction").value("RECEIVED"));
  }

  @Test
  void shouldTakeOnlyOneOfTwoPaymentsThatTogetherExceedWhatIsOwed() throws Exception {
    send("/annual-fees", "{\"feeYear\": " + year + "}").andExpect(status().isOk());
    String body = payment(s.recipient(), 700, "CASH", LocalDate.now(clock).toString());
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Integer>> results = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                return send("/payments", body).andReturn().getResponse().getStatus();
              }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> f : results) {
      statuses.add(f.get());
    }
    pool.shutdown();
    assertThat(statuses).containsExactlyInAnyOrder(201, 400);
    assertThat(owed(s.recipient())).isEqualTo(300);
  }

  @Test
  void shouldCashOutHeldMinutesWhereAllowedAndPayThemOut() throws Exception {
    fixture.bank(s, s.supporter(), 120);
    String today = LocalDate.now(clock).toString();
    send("/credit-cash-outs", cashOut(90))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value("この事業では預託時間を換金できません。"));
    jdbc.sql(
            "UPDATE aid.programme SET credit_cash_out = true, credit_overdraft_minutes = 60 WHERE id = ?")
        .param(s.programme())
        .update();
    send("/payouts", payment(s.supporter(), 100, "CASH", today))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value("未払の額（0円）より多くは支払えません。"));
    send("/credit-cash-outs", cashOut(150))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value("預託時間（120分）より多くは換金できません。"));
    long journal =
        id(
            sendKeyed("/credit-cash-outs", cashOut(90), "cash-1")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.minutes").value(90))
                .andExpect(jsonPath("$.yen").value(900)));
    sendKeyed("/credit-cash-outs", cashOut(90), "cash-1")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.journalId").value(journal))
        .andExpect(jsonPath("$.yen").value(900));
    assertThat(-ledger.balance(s.programme(), s.supporter(), AccountKind.CREDIT_HOLDING))
        .isEqualTo(30);
    assertThat(-ledger.balance(s.programme(), s.supporter(), AccountKind.SUPPORTER)).isEqualTo(900);
    send("/payouts", payment(s.supporter(), 900, "BANK_TRANSFER", today))
        .andExpect(status().isCreated());
    assertThat(ledger.balance(s.programme(), s.supporter(), AccountKind.SUPPORTER)).isZero();
    assertThat(ledger.balance(s.programme(), null, AccountKind.CASH)).isEqualTo(-900);
    Statements.Statement st = statements.of(s.programme(), s.supporter(), YearMonth.now(clock));
    assertThat(st.paidOutYen()).isEqualTo(900);
    assertThat(st.dueBalanceYen()).isZero();
    assertThat(st.minutesHeld()).isEqualTo(30);
  }

  @Test
  void shouldAnswerOtherOrganisationsAndRolesWithNothing() throws Exception {
    AidFixture.Scheme other = fixture.scheme();
    String today = LocalDate.now(clock).toString();
    mvc.perform(
            post("/api/v1/aid/programmes/" + other.programme() + "/payments")
                .with(user(s.coordinator()))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(payment(other.recipient(), 100, "CASH", today)))
        .andExpect(status().isNotFound());
    send("/payments", payment(other.recipient(), 100, "CASH", today))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("memberId"));
    get("/members/" + other.recipient() + "/money-moves").andExpect(status().isNotFound());
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                    "/api/v1/aid/programmes/" + s.programme() + "/annual-fees/" + year)
                .with(user(other.coordinator())))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/v1/aid/programmes/" + s.programme() + "/annual-fees")
                .with(user(data.user(s.organization(), Role.MEMBER)))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"feeYear\": " + year + "}"))
        .andExpect(status().isForbidden());
    assertThat(moves()).isZero();
  }

  private long owed(long member) {
    return ledger.balance(s.programme(), member, AccountKind.RECIPIENT);
  }

  private int moves() {
    return jdbc.sql("SELECT count(*) FROM aid.money_move WHERE programme_id = ?")
        .param(s.programme())
        .query(Integer.class)
        .single();
  }

  private static String payment(long member, long yen, String method, String day) {
    return "{\"memberId\": %d, \"amountYen\": %d, \"method\": \"%s\", \"paidOn\": \"%s\"}"
        .formatted(member, yen, method, day);
  }

  private String cashOut(int minutes) {
    return "{\"memberId\": %d, \"minutes\": %d}".formatted(s.supporter(), minutes);
  }

  private static long id(ResultActions r) throws Exception {
    String body = r.andReturn().getResponse().getContentAsString();
    return Long.parseLong(body.replaceAll(".*\"(?:id|journalId)\":(\\d+).*", "$1"));
  }

  private ResultActions get(String path) throws Exception {
    return mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                "/api/v1/aid/programmes/" + s.programme() + path)
            .with(user(s.coordinator())));
  }

  private ResultActions send(String path, String body) throws Exception {
    return mvc.perform(
        post("/api/v1/aid/programmes/" + s.programme() + path)
            .with(user(s.coordinator()))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private ResultActions sendKeyed(String path, String body, String key) throws Exception {
    return mvc.perform(
        post("/api/v1/aid/programmes/" + s.programme() + path)
            .with(user(s.coordinator()))
            .with(csrf())
            .header("Idempotency-Key", key)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }
}
