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
import org.tsunagu.platform.time.TokyoClock;
import org.tsunagu.support.IntegrationTest;

/**
 * Banked minutes on the member's page: given away only where the programme allows it and never more
 * than held; on death passed to the family member chosen, who must be chosen; a member who has left
 * is shown without forms.
 */
@IntegrationTest
@Import(AidFixture.class)
class AidMemberCreditsPageTest {

  @Autowired MockMvc mvc;
  @Autowired AidFixture fixture;
  @Autowired Ledger ledger;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;
  @Autowired TokyoClock clock;

  AidFixture.Scheme s;
  String page;

  @BeforeEach
  void setUp() {
    s = fixture.scheme();
    page = "/aid/programmes/" + s.programme() + "/members/" + s.supporter();
    fixture.bank(s, s.supporter(), 120);
  }

  @Test
  void shouldGiveOnlyWhereAllowedAndNeverMoreThanHeld() throws Exception {
    mvc.perform(get(page).with(user(s.coordinator())))
        .andExpect(content().string(not(containsString("預託時間を譲る"))));
    mvc.perform(gift("90")).andExpect(status().isOk());
    assertThat(journals()).as("not transferable: nothing stored").isZero();
    rules("credit_transferable = true");
    mvc.perform(get(page).with(user(s.coordinator())))
        .andExpect(content().string(containsString("いま預託している時間は120分です。")));
    mvc.perform(gift("百"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"minutes-error\"")));
    mvc.perform(gift("500"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("預託時間が足りません。")));
    assertThat(journals()).as("bad input: nothing stored").isZero();
    mvc.perform(gift("90"))
        .andExpect(redirectedUrl(page))
        .andExpect(flash().attribute("notice", "aid.member.giftSaved"));
    assertThat(journals()).isEqualTo(1);
    assertThat(held(s.supporter())).isEqualTo(30);
    assertThat(held(s.recipient())).isEqualTo(90);
  }

  @Test
  void shouldPassTheMinutesToTheChosenFamilyOnDeathAndThenOfferNoForms() throws Exception {
    rules("credit_on_leaving = 'FORFEIT', credit_on_death = 'FAMILY'");
    mvc.perform(get(page).with(user(s.coordinator())))
        .andExpect(content().string(containsString("なくなります（失効）")))
        .andExpect(content().string(containsString("選んだご家族の会員に引き継ぎます")))
        .andExpect(content().string(containsString("name=\"heirMemberId\"")));
    mvc.perform(leave().param("reason", "DIED").param("leftOn", "2026-02-30"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("預託時間を引き継ぐご家族の会員を選んでください。")))
        .andExpect(content().string(containsString("id=\"leftOn-error\"")));
    assertThat(active(s.supporter())).as("nothing stored").isTrue();
    assertThat(held(s.supporter())).isEqualTo(120);
    mvc.perform(leave().param("reason", "DIED").param("heirMemberId", "" + s.recipient()))
        .andExpect(redirectedUrl(page))
        .andExpect(flash().attribute("notice", "aid.member.leftSaved"));
    assertThat(active(s.supporter())).isFalse();
    assertThat(held(s.recipient())).isEqualTo(120);
    mvc.perform(get(page).with(user(s.coordinator())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("お亡くなりになりました")))
        .andExpect(content().string(not(containsString(page + "/"))));
    mvc.perform(
            post(page + "/supporter")
                .with(user(s.coordinator()))
                .with(csrf())
                .param("maxMinutesPerWeek", "60"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("この会員はすでに退会しています。")));
    assertThat(
            jdbc.sql("SELECT max_minutes_per_week IS NULL FROM aid.supporter WHERE member_id = ?")
                .param(s.supporter())
                .query(Boolean.class)
                .single())
        .as("a left member's profile stays as it was")
        .isTrue();
  }

  private MockHttpServletRequestBuilder gift(String minutes) {
    return post(page + "/credit-gifts")
        .with(user(s.coordinator()))
        .with(csrf())
        .param("toMemberId", "" + s.recipient())
        .param("minutes", minutes)
        .param("memo", "ご家族へ");
  }

  private MockHttpServletRequestBuilder leave() {
    return post(page + "/leaving").with(user(s.coordinator())).with(csrf());
  }

  private long held(long member) {
    return -ledger.balance(s.programme(), member, AccountKind.CREDIT_HOLDING);
  }

  private boolean active(long member) {
    return jdbc.sql("SELECT left_on IS NULL FROM aid.member WHERE id = ?")
        .param(member)
        .query(Boolean.class)
        .single();
  }

  private long journals() {
    return jdbc.sql("SELECT count(*) FROM aid.journal WHERE programme_id = ? AND kind = ?")
        .params(s.programme(), "CREDIT_GIFT")
        .query(Long.class)
        .single();
  }

  private void rules(String set) {
    jdbc.sql("UPDATE aid.programme SET " + set + " WHERE id = ?").param(s.programme()).update();
  }
}
