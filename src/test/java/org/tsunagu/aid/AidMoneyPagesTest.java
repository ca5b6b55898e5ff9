package org.tsunagu.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.aid.internal.ledger.AccountKind;
import org.tsunagu.aid.internal.ledger.Ledger;
import org.tsunagu.aid.internal.money.AnnualFees;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.time.TokyoClock;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * 会費・入出金 on screen: the fee billed from a button, a payment recorded once however often the form is
 * sent, a refused form shown again with the problem beside its field and nothing stored, minutes
 * cashed out; other organisations and roles find nothing.
 */
@IntegrationTest
@Import(AidFixture.class)
class AidMoneyPagesTest {

  @Autowired MockMvc mvc;
  @Autowired AidFixture fixture;
  @Autowired AnnualFees fees;
  @Autowired Programmes programmes;
  @Autowired Ledger ledger;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;
  @Autowired TokyoClock clock;
  @Autowired TestData data;

  AidFixture.Scheme s;
  String base;
  int year;

  @BeforeEach
  void setUp() {
    s = fixture.scheme();
    base = "/aid/programmes/" + s.programme() + "/money";
    year = fees.currentYear(programmes.managed(s.coordinator(), s.programme()));
  }

  @Test
  void shouldBillThenRecordAPaymentOnceAndRefuseTooMuchBesideTheField() throws Exception {
    mvc.perform(get(base).with(user(s.coordinator())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("未計上の会員 2人")))
        .andExpect(content().string(containsString("残高のある会員はいません。")));
    mvc.perform(as(post(base + "/annual-fees").param("feeYear", "" + year)))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl(base))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("billedCount", 2));
    mvc.perform(get(base).with(user(s.coordinator())))
        .andExpect(content().string(containsString("計上済み 2人")))
        .andExpect(content().string(containsString("1,000円")));
    String today = LocalDate.now(clock).toString();
    mvc.perform(as(payment("5000", today, "k1")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("未収の額（1,000円）より多くは受け取れません。")))
        .andExpect(
            content().string(containsString("id=\"amountYen\" name=\"amountYen\" value=\"5000\"")));
    mvc.perform(as(payment("abc", today, "k1")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    assertThat(moves()).isZero();
    mvc.perform(as(payment("1000", today, "k2"))).andExpect(status().is3xxRedirection());
    mvc.perform(as(payment("1000", today, "k2"))).andExpect(status().is3xxRedirection());
    assertThat(moves()).as("the same form sent twice is stored once").isEqualTo(1);
    assertThat(ledger.balance(s.programme(), s.recipient(), AccountKind.RECIPIENT)).isZero();
  }

  @Test
  void shouldCashOutOnlyWhereTheSchemeAllowsIt() throws Exception {
    mvc.perform(get(base).with(user(s.coordinator())))
        .andExpect(content().string(not(containsString("換金する時間"))));
    jdbc.sql("UPDATE aid.programme SET credit_cash_out = true WHERE id = ?")
        .param(s.programme())
        .update();
    fixture.bank(s, s.supporter(), 60);
    mvc.perform(get(base).with(user(s.coordinator())))
        .andExpect(content().string(containsString("1時間600円")));
    mvc.perform(
            as(
                post(base + "/cash-outs")
                    .param("memberId", "" + s.supporter())
                    .param("minutes", "90")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("預託時間（60分）より多くは換金できません。")));
    mvc.perform(
            as(
                post(base + "/cash-outs")
                    .param("memberId", "" + s.supporter())
                    .param("minutes", "60")))
        .andExpect(status().is3xxRedirection());
    assertThat(-ledger.balance(s.programme(), s.supporter(), AccountKind.SUPPORTER)).isEqualTo(600);
  }

  @Test
  void shouldShowOtherOrganisationsAndRolesNothing() throws Exception {
    AidFixture.Scheme other = fixture.scheme();
    mvc.perform(get(base).with(user(other.coordinator()))).andExpect(status().isNotFound());
    mvc.perform(
            post(base + "/annual-fees")
                .with(user(other.coordinator()))
                .with(csrf())
                .param("feeYear", "" + year))
        .andExpect(status().isNotFound());
    mvc.perform(get(base).with(user(data.user(s.organization(), Role.MEMBER))))
        .andExpect(status().isNotFound());
    mvc.perform(
            post(base + "/moves")
                .with(user(data.user(s.organization(), Role.SUPPORTER)))
                .with(csrf())
                .param("memberId", "" + s.recipient())
                .param("amountYen", "100"))
        .andExpect(status().isForbidden());
    assertThat(
            jdbc.sql("SELECT count(*) FROM aid.annual_fee WHERE programme_id = ?")
                .param(s.programme())
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void shouldOpenOnOneMemberWithTheirRecordsAndFamily() throws Exception {
    mvc.perform(
            get("/aid/programmes/" + s.programme() + "/members/" + s.supporter())
                .with(user(s.coordinator())))
        .andExpect(content().string(containsString(base + "?member=" + s.supporter())));
    String focused = base + "?member=" + s.supporter();
    mvc.perform(get(focused).with(user(s.coordinator())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("この方の記録")))
        .andExpect(content().string(containsString("入出金の記録はまだありません。")))
        .andExpect(content().string(containsString("登録されている家族はいません。")))
        .andExpect(
            content().string(containsString("<option value=\"" + s.supporter() + "\" selected")));
    mvc.perform(
            as(
                post(base + "/credit-users")
                    .param("holderId", "" + s.supporter())
                    .param("userMemberId", "" + s.recipient())
                    .param("relation", "PARENT")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("この事業では、この続柄の方の預託時間は使えません。")));
    mvc.perform(
            as(
                post(base + "/credit-users")
                    .param("holderId", "" + s.supporter())
                    .param("userMemberId", "" + s.recipient())
                    .param("relation", "SPOUSE")))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl(focused));
    mvc.perform(get(focused).with(user(s.coordinator())))
        .andExpect(content().string(containsString("（配偶者）")));
    mvc.perform(
            as(
                post(base + "/credit-users/removal")
                    .param("holderId", "" + s.supporter())
                    .param("userMemberId", "" + s.recipient())))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(focused).with(user(s.coordinator())))
        .andExpect(content().string(containsString("登録されている家族はいません。")));
    AidFixture.Scheme other = fixture.scheme();
    mvc.perform(get(base + "?member=" + other.recipient()).with(user(s.coordinator())))
        .andExpect(status().isNotFound());
    mvc.perform(
            as(
                post(base + "/credit-users")
                    .param("holderId", "" + other.supporter())
                    .param("userMemberId", "" + s.recipient())
                    .param("relation", "SPOUSE")))
        .andExpect(status().isNotFound());
  }

  private MockHttpServletRequestBuilder payment(String yen, String day, String key) {
    return post(base + "/moves")
        .param("direction", "RECEIVED")
        .param("memberId", "" + s.recipient())
        .param("amountYen", yen)
        .param("method", "CASH")
        .param("paidOn", day)
        .param("key", key);
  }

  private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
    return request.with(user(s.coordinator())).with(csrf());
  }

  private int moves() {
    return jdbc.sql("SELECT count(*) FROM aid.money_move WHERE programme_id = ?")
        .param(s.programme())
        .query(Integer.class)
        .single();
  }
}
