package org.tsunagu.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
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
import org.tsunagu.aid.internal.ledger.Posting;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.time.TokyoClock;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * A member's page: who they are and their balances, read in the audit log; a supporter's profile
 * and a recipient's wishes changed on it, bad input shown beside its field with nothing stored;
 * another programme's member, another organisation and other roles find nothing.
 */
@IntegrationTest
@Import(AidFixture.class)
class AidMemberPageTest {

  private static final String NOT_THIS_PERSON = "ご本人から「この方以外で」と希望があります。";

  @Autowired MockMvc mvc;
  @Autowired AidFixture fixture;
  @Autowired TestData data;
  @Autowired Ledger ledger;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;
  @Autowired TokyoClock clock;

  AidFixture.Scheme s;
  String supporterPage;
  String recipientPage;

  @BeforeEach
  void setUp() {
    s = fixture.scheme();
    supporterPage = "/aid/programmes/" + s.programme() + "/members/" + s.supporter();
    recipientPage = "/aid/programmes/" + s.programme() + "/members/" + s.recipient();
  }

  @Test
  void shouldShowTheBalancesAndProfileAndAuditTheRead() throws Exception {
    tx.execute(
        st ->
            ledger.post(
                s.programme(),
                YearMonth.now(clock),
                "VISIT",
                null,
                null,
                s.coordinator().id(),
                new Posting()
                    .add(AccountKind.RECIPIENT, s.recipient(), 1425)
                    .add(AccountKind.SUPPORTER, s.supporter(), -1200)
                    .add(AccountKind.ORGANIZATION, -225)
                    .add(AccountKind.CREDIT_HOLDING, s.supporter(), -120)
                    .add(AccountKind.CREDIT_ISSUED, 120)));
    mvc.perform(get("/aid/programmes/" + s.programme() + "/members").with(user(s.coordinator())))
        .andExpect(content().string(containsString("href=\"" + supporterPage + "\"")))
        .andExpect(content().string(containsString("href=\"" + recipientPage + "\"")));
    long person = personOf(s.supporter());
    long reads = data.auditCount("READ", "person", person);
    mvc.perform(get(supporterPage).with(user(s.coordinator())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("未払（活動費）")))
        .andExpect(content().string(containsString("1,200円")))
        .andExpect(content().string(containsString("120分")))
        .andExpect(content().string(containsString("value=\"ボランティア活動保険\"")))
        .andExpect(content().string(containsString("value=\"2099-03-31\"")))
        .andExpect(content().string(containsString("value=\"SHOPPING\" checked=\"checked\"")))
        .andExpect(content().string(containsString("value=\"09:00\"")))
        .andExpect(content().string(containsString("在籍中")));
    assertThat(data.auditCount("READ", "person", person)).isEqualTo(reads + 1);
    assertThat(
            jdbc.sql(
                    "SELECT detail FROM platform.audit_entry WHERE actor_user_id = ? AND action ="
                        + " 'SEARCH' AND detail LIKE 'kind=aid.member.page;%' ORDER BY id DESC"
                        + " LIMIT 1")
                .param(s.coordinator().id())
                .query(String.class)
                .single())
        .as("the members offered to choose from are one SEARCH entry")
        .isEqualTo("kind=aid.member.page;ids=" + s.recipientPerson());
    mvc.perform(get(recipientPage).with(user(s.coordinator())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("未収（利用料など）")))
        .andExpect(content().string(containsString("1,425円")))
        .andExpect(content().string(containsString("応援者についての希望")))
        .andExpect(content().string(not(containsString("協力会員としての登録内容"))))
        .andExpect(content().string(not(containsString("預託時間を譲る"))));
  }

  @Test
  void shouldSaveTheSupporterProfileAndShowBadInputBesideItsField() throws Exception {
    mvc.perform(
            profile()
                .param("maxMinutesPerWeek", "300")
                .param("weekday", "2", "", "")
                .param("starts", "10:00", "", "")
                .param("ends", "12:00", "", ""))
        .andExpect(redirectedUrl(supporterPage))
        .andExpect(flash().attribute("notice", "aid.member.supporterSaved"));
    assertThat(hours()).isEqualTo(1);
    assertThat(cap()).isEqualTo(300);
    mvc.perform(
            profile()
                .param("maxMinutesPerWeek", "たくさん")
                .param("insuranceUntil", "2026-13-45")
                .param("weekday", "", "3", "4")
                .param("starts", "", "10:00", "朝")
                .param("ends", "", "09:00", "12:00"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("までの数で入力してください。")))
        .andExpect(content().string(containsString("開始より後の時刻にしてください。")))
        .andExpect(content().string(containsString("id=\"availability[1].starts-error\"")))
        .andExpect(content().string(containsString("value=\"たくさん\"")));
    assertThat(hours()).as("nothing stored").isEqualTo(1);
    assertThat(cap()).isEqualTo(300);
  }

  @Test
  void shouldAddAndTakeOffAWishThatRankingHonours() throws Exception {
    mvc.perform(wish("/wishes").param("supporterId", "" + s.supporter()).param("kind", "EXCLUDED"))
        .andExpect(redirectedUrl(recipientPage));
    assertThat(wishes()).isEqualTo(1);
    mvc.perform(get(recipientPage).with(user(s.coordinator())))
        .andExpect(content().string(containsString("この方は避けてほしい")));
    LocalDate tuesday =
        LocalDate.now(clock).plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
    String ranking =
        "/aid/programmes/" + s.programme() + "/requests/" + fixture.request(s, tuesday);
    mvc.perform(get(ranking).with(user(s.coordinator())))
        .andExpect(content().string(containsString(NOT_THIS_PERSON)));
    mvc.perform(wish("/wishes").param("supporterId", "" + s.recipient()).param("kind", "PREFERRED"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("この事業の会員ではありません。")));
    mvc.perform(wish("/wishes").param("supporterId", "abc").param("kind", "LIKED"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("選択肢から選んでください。")));
    assertThat(wishes()).as("nothing stored").isEqualTo(1);
    mvc.perform(wish("/wishes/removal").param("supporterId", "" + s.supporter()))
        .andExpect(redirectedUrl(recipientPage))
        .andExpect(flash().attribute("notice", "aid.member.wishRemoved"));
    assertThat(wishes()).isZero();
    mvc.perform(get(ranking).with(user(s.coordinator())))
        .andExpect(content().string(not(containsString(NOT_THIS_PERSON))));
  }

  @Test
  void shouldFindNothingForForeignIdsAndRefuseOtherRoles() throws Exception {
    AidFixture.Scheme other =
        fixture.scheme(
            s.coordinator(),
            data.user(s.organization(), Role.SUPPORTER),
            data.user(s.organization(), Role.MEMBER));
    String foreign = "/aid/programmes/" + s.programme() + "/members/" + other.supporter();
    mvc.perform(get(foreign).with(user(s.coordinator()))).andExpect(status().isNotFound());
    mvc.perform(
            post(foreign + "/supporter")
                .with(user(s.coordinator()))
                .with(csrf())
                .param("maxMinutesPerWeek", "60"))
        .andExpect(status().isNotFound());
    mvc.perform(get(supporterPage + "0000").with(user(s.coordinator())))
        .andExpect(status().isNotFound());
    CurrentUser stranger = data.user(data.organization(OrganizationType.COOP), Role.COORDINATOR);
    mvc.perform(get(supporterPage).with(user(stranger))).andExpect(status().isNotFound());
    mvc.perform(
            post(recipientPage + "/leaving")
                .with(user(stranger))
                .with(csrf())
                .param("reason", "LEFT"))
        .andExpect(status().isNotFound());
    for (Role role : new Role[] {Role.SUPPORTER, Role.MEMBER, Role.WATCHER, Role.EVALUATOR}) {
      CurrentUser u = data.user(s.organization(), role);
      mvc.perform(get(supporterPage).with(user(u))).andExpect(status().isNotFound());
      mvc.perform(
              post(recipientPage + "/leaving").with(user(u)).with(csrf()).param("reason", "LEFT"))
          .andExpect(status().isForbidden());
    }
    assertThat(
            jdbc.sql("SELECT count(*) FROM aid.member WHERE id = ? AND left_on IS NULL")
                .param(s.recipient())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  private MockHttpServletRequestBuilder profile() {
    return post(supporterPage + "/supporter")
        .with(user(s.coordinator()))
        .with(csrf())
        .param("insuranceName", "ボランティア活動保険")
        .param("insuranceUntil", "2099-03-31")
        .param("skills", "SHOPPING")
        .param("areaIds", "" + s.town());
  }

  private MockHttpServletRequestBuilder wish(String path) {
    return post(recipientPage + path).with(user(s.coordinator())).with(csrf());
  }

  private long personOf(long member) {
    return jdbc.sql("SELECT person_id FROM aid.member WHERE id = ?")
        .param(member)
        .query(Long.class)
        .single();
  }

  private long hours() {
    return jdbc.sql("SELECT count(*) FROM aid.availability WHERE member_id = ?")
        .param(s.supporter())
        .query(Long.class)
        .single();
  }

  private Integer cap() {
    return jdbc.sql("SELECT max_minutes_per_week FROM aid.supporter WHERE member_id = ?")
        .param(s.supporter())
        .query(Integer.class)
        .single();
  }

  private long wishes() {
    return jdbc.sql("SELECT count(*) FROM aid.preference WHERE recipient_id = ?")
        .param(s.recipient())
        .query(Long.class)
        .single();
  }
}
