package org.tsunagu.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.aid.internal.member.Members;
import org.tsunagu.platform.time.TokyoClock;
import org.tsunagu.support.IntegrationTest;

/**
 * A week's open requests assigned at once: the proposal gives every request a supporter who can go
 * without anyone in two places at once, nothing is confirmed until it is sent, a line whose
 * supporter lost their insurance in between is refused with the reason while the rest are
 * confirmed, and a proposal is sent once.
 */
@IntegrationTest
@Import(AidFixture.class)
class AidBatchTest {

  @Autowired MockMvc mvc;
  @Autowired AidFixture fixture;
  @Autowired Members members;
  @Autowired JdbcClient jdbc;
  @Autowired TokyoClock clock;

  @Test
  void shouldProposeReviewAndSendAWeek() throws Exception {
    AidFixture.Scheme s = fixture.scheme();
    long second =
        members.join(
            s.coordinator(),
            s.programme(),
            AidFixture.supporter(
                fixture.person(s.coordinator(), s.town(), "二郎"), null, "2099-03-31", s.town()));
    LocalDate monday =
        LocalDate.now(clock).plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    for (int d = 0; d < 3; d++) {
      fixture.request(s, monday.plusDays(d));
      fixture.request(s, monday.plusDays(d));
    }
    String base = "/api/v1/aid/programmes/" + s.programme() + "/batch-proposals";
    String created =
        mvc.perform(
                post(base)
                    .with(user(s.coordinator()))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"week\": \"" + monday + "\"}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long proposal = Long.parseLong(created.replaceAll("\\D+", ""));
    mvc.perform(get(base + "/" + proposal).with(user(s.coordinator())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.requests").value(6))
        .andExpect(jsonPath("$.assigned").value(6))
        .andExpect(jsonPath("$.optimumCost").isNumber())
        .andExpect(jsonPath("$.gapPercent").value(org.hamcrest.Matchers.greaterThanOrEqualTo(0.0)))
        .andExpect(jsonPath("$.lines[0].why", containsString("同じ地区")));
    assertThat(confirmed(s)).as("nothing confirmed by proposing").isZero();
    jdbc.sql("UPDATE aid.supporter SET insurance_until = '2020-03-31' WHERE member_id = ?")
        .param(second)
        .update();
    mvc.perform(
            post(base + "/" + proposal + "/sending")
                .with(user(s.coordinator()))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("SENT"));
    assertThat(confirmed(s)).isEqualTo(3);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM aid.batch_line WHERE proposal_id = ? AND outcome ="
                        + " 'REFUSED' AND refusal LIKE '%保険%'")
                .param(proposal)
                .query(Long.class)
                .single())
        .isEqualTo(3);
    mvc.perform(
            post(base + "/" + proposal + "/sending")
                .with(user(s.coordinator()))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            get("/aid/programmes/" + s.programme() + "/batch/" + proposal)
                .with(user(s.coordinator())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("確定できず")));
  }

  private long confirmed(AidFixture.Scheme s) {
    return jdbc.sql(
            "SELECT count(*) FROM aid.assignment a JOIN aid.help_request h ON h.id = a.request_id"
                + " WHERE h.programme_id = ? AND a.status = 'CONFIRMED'")
        .param(s.programme())
        .query(Long.class)
        .single();
  }
}
