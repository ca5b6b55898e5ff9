package org.tsunagu.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.tsunagu.aid.internal.member.Members;
import org.tsunagu.platform.time.TokyoClock;
import org.tsunagu.support.IntegrationTest;

/**
 * Time credits by the programme's rules: given away only where the scheme allows and never more
 * than held; on leaving forfeited, on death passed to the named family member, who must be named; a
 * member who left has no profile or wishes changed.
 */
@IntegrationTest
@Import(AidFixture.class)
class AidCreditsTest {

  @Autowired MockMvc mvc;
  @Autowired AidFixture fixture;
  @Autowired Members members;
  @Autowired Ledger ledger;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;
  @Autowired TokyoClock clock;

  AidFixture.Scheme s;
  long spouse;

  @BeforeEach
  void setUp() {
    s = fixture.scheme();
    spouse =
        members.join(
            s.coordinator(),
            s.programme(),
            AidFixture.recipient(fixture.person(s.coordinator(), s.town(), "配偶者"), null));
    fixture.bank(s, s.supporter(), 120);
  }

  @Test
  void shouldGiveOnlyWhereAllowedAndNeverMoreThanHeld() throws Exception {
    String gift = gift(90);
    send("/credit-gifts", gift)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("toMemberId"));
    rules("credit_transferable = true");
    send("/credit-gifts", gift).andExpect(status().isCreated());
    send("/credit-gifts", gift)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value("預託時間が足りません。"));
    assertThat(held(s.supporter())).isEqualTo(30);
    assertThat(held(spouse)).isEqualTo(90);
  }

  @Test
  void shouldForfeitOnLeavingAndPassToTheFamilyOnDeath() throws Exception {
    rules("credit_on_leaving = 'FORFEIT', credit_on_death = 'FAMILY'");
    send("/members/" + s.supporter() + "/leaving", "{\"reason\": \"DIED\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("heirMemberId"));
    assertThat(held(s.supporter())).isEqualTo(120);
    send(
            "/members/" + s.supporter() + "/leaving",
            "{\"reason\": \"DIED\", \"heirMemberId\": " + spouse + "}")
        .andExpect(status().isNoContent());
    assertThat(held(s.supporter())).isZero();
    assertThat(held(spouse)).isEqualTo(120);
    send("/members/" + spouse + "/leaving", "{\"reason\": \"LEFT\"}")
        .andExpect(status().isNoContent());
    assertThat(held(spouse)).isZero();
    assertThat(
            jdbc.sql(
                    "SELECT balance FROM aid.account WHERE programme_id = ? AND kind ="
                        + " 'CREDIT_ISSUED'")
                .param(s.programme())
                .query(Long.class)
                .single())
        .as("the forfeited minutes are no longer outstanding")
        .isZero();
    mvc.perform(
            put("/api/v1/aid/programmes/"
                    + s.programme()
                    + "/members/"
                    + s.supporter()
                    + "/supporter")
                .with(user(s.coordinator()))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("member"));
    mvc.perform(
            put("/api/v1/aid/programmes/" + s.programme() + "/members/" + spouse + "/preference")
                .with(user(s.coordinator()))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"supporterId\": " + s.supporter() + ", \"kind\": \"PREFERRED\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("recipientId"));
  }

  private long held(long member) {
    return -ledger.balance(s.programme(), member, AccountKind.CREDIT_HOLDING);
  }

  private void rules(String set) {
    jdbc.sql("UPDATE aid.programme SET " + set + " WHERE id = ?").param(s.programme()).update();
  }

  private String gift(int minutes) {
    return "{\"fromMemberId\": "
        + s.supporter()
        + ", \"toMemberId\": "
        + spouse
        + ", \"minutes\": "
        + minutes
        + "}";
  }

  private ResultActions send(String path, String body) throws Exception {
    return mvc.perform(
        post("/api/v1/aid/programmes/" + s.programme() + path)
            .with(user(s.coordinator()))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }
}
