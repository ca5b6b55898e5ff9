package org.tsunagu.aid;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tsunagu.aid.internal.member.Members;
import org.tsunagu.platform.time.TokyoClock;
import org.tsunagu.support.IntegrationTest;

/**
 * Who may spend banked minutes: the holder themselves, or a member the holder recorded with a
 * relation the programme allows; a request paying with anyone else's minutes is refused beside the
 * holder, and taking the permission back refuses it again.
 */
@IntegrationTest
@Import(AidFixture.class)
class AidCreditUsersTest {

  @Autowired MockMvc mvc;
  @Autowired AidFixture fixture;
  @Autowired Members members;
  @Autowired JdbcClient jdbc;
  @Autowired TokyoClock clock;

  AidFixture.Scheme s;
  String base;

  @BeforeEach
  void setUp() {
    s = fixture.scheme();
    base = "/api/v1/aid/programmes/" + s.programme();
  }

  @Test
  void shouldLetOnlyTheHolderAndThoseTheyRecordedSpendTheirMinutes() throws Exception {
    send(post(base + "/requests"), request(s.recipient(), null))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("creditHolderId"))
        .andExpect(jsonPath("$.errors[0].message").value("この会員の預託時間を使える方として、この利用会員は登録されていません。"));
    String users = base + "/members/" + s.supporter() + "/credit-users";
    send(put(users), "{\"userMemberId\": " + s.recipient() + ", \"relation\": \"PARENT\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("relation"));
    send(put(users), "{\"userMemberId\": " + s.supporter() + ", \"relation\": \"SPOUSE\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("userMemberId"));
    send(put(users), "{\"userMemberId\": " + s.recipient() + ", \"relation\": \"SPOUSE\"}")
        .andExpect(status().isNoContent());
    mvc.perform(get(users).with(user(s.coordinator())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].userMemberId").value(s.recipient()))
        .andExpect(jsonPath("$[0].relation").value("SPOUSE"));
    send(post(base + "/requests"), request(s.recipient(), "CHILD"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("creditRelation"));
    send(post(base + "/requests"), request(s.recipient(), "SPOUSE"))
        .andExpect(status().isCreated());
    mvc.perform(delete(users + "/" + s.recipient()).with(user(s.coordinator())).with(csrf()))
        .andExpect(status().isNoContent());
    mvc.perform(delete(users + "/" + s.recipient()).with(user(s.coordinator())).with(csrf()))
        .andExpect(status().isNotFound());
    send(post(base + "/requests"), request(s.recipient(), null))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("creditHolderId"));
  }

  @Test
  void shouldLetTheHolderSpendTheirOwnAsARecipient() throws Exception {
    long person =
        jdbc.sql("SELECT person_id FROM aid.member WHERE id = ?")
            .param(s.supporter())
            .query(Long.class)
            .single();
    long ownRecipient =
        members.join(s.coordinator(), s.programme(), AidFixture.recipient(person, null));
    send(post(base + "/requests"), request(ownRecipient, "SELF")).andExpect(status().isCreated());
  }

  @Test
  void shouldShowAnotherOrganisationNothing() throws Exception {
    AidFixture.Scheme other = fixture.scheme();
    String theirs = "/api/v1/aid/programmes/" + other.programme() + "/members/";
    mvc.perform(get(theirs + other.supporter() + "/credit-users").with(user(s.coordinator())))
        .andExpect(status().isNotFound());
    send(
            put(base + "/members/" + other.supporter() + "/credit-users"),
            "{\"userMemberId\": " + s.recipient() + ", \"relation\": \"SPOUSE\"}")
        .andExpect(status().isNotFound());
    send(
            put(base + "/members/" + s.supporter() + "/credit-users"),
            "{\"userMemberId\": " + other.recipient() + ", \"relation\": \"SPOUSE\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("userMemberId"));
  }

  private String request(long recipient, String relation) {
    LocalDate day =
        LocalDate.now(clock).plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    return ("{\"recipientId\": %d, \"service\": \"SHOPPING\", \"date\": \"%s\", \"starts\":"
            + " \"10:00\", \"minutes\": 60, \"creditHolderId\": %d%s}")
        .formatted(
            recipient,
            day,
            s.supporter(),
            relation == null ? "" : ", \"creditRelation\": \"" + relation + "\"");
  }

  private ResultActions send(MockHttpServletRequestBuilder request, String body) throws Exception {
    return mvc.perform(
        request
            .with(user(s.coordinator()))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }
}
