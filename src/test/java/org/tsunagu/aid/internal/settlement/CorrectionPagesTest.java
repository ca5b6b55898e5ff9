package org.tsunagu.aid.internal.settlement;

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

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tsunagu.aid.AidFixture;
import org.tsunagu.aid.internal.ledger.AccountKind;
import org.tsunagu.aid.internal.ledger.Ledger;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.time.TokyoClock;
import org.tsunagu.support.IntegrationTest;

/**
 * Corrections on screen: a settled month's journals listed with the members they touched (one
 * audited SEARCH), a journal reversed with a reason into the first open month, an adjustment with
 * its sign; bad input beside its field with nothing stored, another programme's journal not found,
 * other roles refused.
 */
@IntegrationTest
@Import({AidFixture.class, MonthVisits.class})
class CorrectionPagesTest {

  @Autowired MockMvc mvc;
  @Autowired AidFixture fixture;
  @Autowired MonthVisits visits;
  @Autowired Settlements settlements;
  @Autowired Ledger ledger;
  @Autowired TokyoClock clock;
  @Autowired JdbcClient jdbc;

  AidFixture.Scheme s;
  YearMonth month;
  YearMonth open;
  String page;
  long visitJournal;

  @BeforeEach
  void setUp() {
    s = fixture.scheme();
    month = YearMonth.now(clock).minusMonths(1);
    open = month.plusMonths(1);
    long report = visits.reported(s, month, 0, 1).get(0);
    settlements.settle(s.coordinator(), s.programme(), month.toString());
    visitJournal =
        jdbc.sql("SELECT journal_id FROM aid.activity_report WHERE id = ?")
            .param(report)
            .query(Long.class)
            .single();
    page = "/aid/programmes/" + s.programme() + "/settlements/" + month + "/journals";
  }

  @Test
  void shouldListTheJournalsAuditedAndReverseOneWithAReason() throws Exception {
    mvc.perform(get("/aid/programmes/" + s.programme() + "/settlements/" + month).with(me()))
        .andExpect(content().string(containsString(page)));
    long searches = searches();
    mvc.perform(get(page).with(me()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("活動")))
        .andExpect(content().string(containsString("花子")))
        .andExpect(content().string(containsString("一郎")))
        .andExpect(content().string(containsString("取り消す")));
    assertThat(searches()).isEqualTo(searches + 1);
    assertThat(lastSearch()).contains(s.recipient() + "").contains(s.supporter() + "");

    long journals = journals();
    reverse(page, visitJournal, " ")
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("入力してください")));
    assertThat(journals()).isEqualTo(journals);

    reverse(page, visitJournal, "時間の記録誤り")
        .andExpect(
            redirectedUrl(
                "/aid/programmes/" + s.programme() + "/settlements/" + open + "/journals"));
    assertThat(journals()).isEqualTo(journals + 1);
    assertThat(ledger.balance(s.programme(), s.recipient(), AccountKind.RECIPIENT)).isZero();
    mvc.perform(get(page).with(me())).andExpect(content().string(containsString("取り消し済み")));
    mvc.perform(get(page.replace(month.toString(), open.toString())).with(me()))
        .andExpect(content().string(containsString("時間の記録誤り")))
        .andExpect(content().string(containsString(visitJournal + "番の取り消し")));
  }

  @Test
  void shouldAdjustWithItsSignAndShowBadInputBesideItsFieldStoringNothing() throws Exception {
    long journals = journals();
    adjust("abc", "OWNER", "たくさん", "")
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("この事業の会員ではありません")))
        .andExpect(content().string(containsString("選択肢から選んでください")))
        .andExpect(content().string(containsString("-1,000,000から1,000,000までの数")))
        .andExpect(content().string(containsString("入力してください")))
        .andExpect(content().string(containsString("value=\"たくさん\"")));
    assertThat(journals()).isEqualTo(journals);

    long owed = ledger.balance(s.programme(), s.recipient(), AccountKind.RECIPIENT);
    adjust("" + s.recipient(), "RECIPIENT", "－500円", "交通費の二重計上")
        .andExpect(
            redirectedUrl(
                "/aid/programmes/" + s.programme() + "/settlements/" + open + "/journals"));
    assertThat(ledger.balance(s.programme(), s.recipient(), AccountKind.RECIPIENT))
        .isEqualTo(owed - 500);
    assertThat(journals()).isEqualTo(journals + 1);
  }

  @Test
  void shouldNotFindAnotherProgrammesJournalAndRefuseOtherRoles() throws Exception {
    AidFixture.Scheme other = fixture.scheme();
    long foreign = visits.reported(other, month, 0, 1).get(0);
    settlements.settle(other.coordinator(), other.programme(), month.toString());
    long foreignJournal =
        jdbc.sql("SELECT journal_id FROM aid.activity_report WHERE id = ?")
            .param(foreign)
            .query(Long.class)
            .single();
    long journals = journals();
    reverse(page, foreignJournal, "他事業の仕訳").andExpect(status().isNotFound());
    reverse(page.replace(month.toString(), open.toString()), visitJournal, "月違い")
        .andExpect(status().isNotFound());
    mvc.perform(get(page).with(user(other.coordinator()))).andExpect(status().isNotFound());
    mvc.perform(
            post(page + "/" + visitJournal + "/reversal")
                .with(user(other.coordinator()))
                .with(csrf())
                .param("memo", "他団体"))
        .andExpect(status().isNotFound());
    mvc.perform(get(page).with(user(s.supporterLogin()))).andExpect(status().isNotFound());
    mvc.perform(get(page + "?page=2147483647").with(me())).andExpect(status().isOk());
    for (CurrentUser refused : List.of(s.supporterLogin(), s.memberLogin())) {
      mvc.perform(
              post(page + "/" + visitJournal + "/reversal")
                  .with(user(refused))
                  .with(csrf())
                  .param("memo", "権限なし"))
          .andExpect(status().isForbidden());
      mvc.perform(
              post(page + "/adjustments")
                  .with(user(refused))
                  .with(csrf())
                  .param("memberId", "" + s.recipient())
                  .param("account", "RECIPIENT")
                  .param("amountYen", "100")
                  .param("memo", "権限なし"))
          .andExpect(status().isForbidden());
    }
    assertThat(journals()).isEqualTo(journals);
    mvc.perform(get(page).with(me())).andExpect(content().string(not(containsString("他事業の仕訳"))));
  }

  private ResultActions reverse(String on, long journal, String memo) throws Exception {
    return mvc.perform(
        post(on + "/" + journal + "/reversal").with(me()).with(csrf()).param("memo", memo));
  }

  private ResultActions adjust(String member, String account, String amount, String memo)
      throws Exception {
    return mvc.perform(
        post(page + "/adjustments")
            .with(me())
            .with(csrf())
            .param("memberId", member)
            .param("account", account)
            .param("amountYen", amount)
            .param("memo", memo));
  }

  private org.springframework.test.web.servlet.request.RequestPostProcessor me() {
    return user(s.coordinator());
  }

  private long journals() {
    return jdbc.sql("SELECT count(*) FROM aid.journal WHERE programme_id = ?")
        .param(s.programme())
        .query(Long.class)
        .single();
  }

  private long searches() {
    return jdbc.sql(
            "SELECT count(*) FROM platform.audit_entry WHERE action = 'SEARCH' AND object_type ="
                + " 'aid_member' AND actor_user_id = ? AND detail LIKE 'kind=aid.journals;%'")
        .param(s.coordinator().id())
        .query(Long.class)
        .single();
  }

  private String lastSearch() {
    return jdbc.sql(
            "SELECT detail FROM platform.audit_entry WHERE action = 'SEARCH' AND object_type ="
                + " 'aid_member' AND actor_user_id = ? AND detail LIKE 'kind=aid.journals;%' ORDER"
                + " BY id DESC LIMIT 1")
        .param(s.coordinator().id())
        .query(String.class)
        .single();
  }
}
