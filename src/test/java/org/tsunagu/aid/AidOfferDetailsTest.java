package org.tsunagu.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tsunagu.aid.internal.matching.Assignments;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.time.TokyoClock;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * A visit offered to a supporter shows the service, the time, the area and about how far it is, but
 * not who, where or how to call until the supporter accepts; on the page and in the API alike, and
 * the offer is not logged as a read of the recipient.
 */
@IntegrationTest
@Import(AidFixture.class)
class AidOfferDetailsTest {

  private static final String ADDRESS = "本町1-2-3";
  private static final String PHONE = "090-0000-1234";

  @Autowired MockMvc mvc;
  @Autowired AidFixture fixture;
  @Autowired Assignments assignments;
  @Autowired TokyoClock clock;
  @Autowired JdbcClient jdbc;

  @Test
  void shouldShowWhoAndWhereOnlyOnceTheOfferIsAccepted() throws Exception {
    AidFixture.Scheme s = fixture.scheme();
    jdbc.sql("UPDATE people.area SET latitude = 36.19, longitude = 139.70 WHERE id = ?")
        .param(s.town())
        .update();
    jdbc.sql("UPDATE aid.supporter SET latitude = 36.19, longitude = 139.71 WHERE member_id = ?")
        .param(s.supporter())
        .update();
    String area =
        jdbc.sql("SELECT name FROM people.area WHERE id = ?")
            .param(s.town())
            .query(String.class)
            .single();
    String name =
        jdbc.sql("SELECT display_name FROM people.person_display_name WHERE id = ?")
            .param(s.recipientPerson())
            .query(String.class)
            .single();
    LocalDate day =
        LocalDate.now(clock).plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    long request = fixture.request(s, day.plusDays(1));
    TestData.asUser(
        s.coordinator(),
        () -> {
          assignments.offer(s.coordinator(), s.programme(), request, List.of(s.supporter()));
          return null;
        });
    CurrentUser supporter = s.supporterLogin();

    String offerPage = page(supporter);
    assertThat(offerPage).contains("買い物", area, "約0.9 km", "お引き受けいただくと表示されます");
    assertThat(offerPage).doesNotContain(name, ADDRESS, PHONE);
    String offerJson =
        api(supporter)
            .andExpect(jsonPath("$[0].status").value("OFFERED"))
            .andExpect(jsonPath("$[0].service").value("買い物"))
            .andExpect(jsonPath("$[0].areaName").value(area))
            .andExpect(jsonPath("$[0].distanceKm").value(0.9))
            .andExpect(jsonPath("$[0].recipientName").doesNotExist())
            .andExpect(jsonPath("$[0].address").doesNotExist())
            .andExpect(jsonPath("$[0].phone").doesNotExist())
            .andExpect(jsonPath("$[0].notes").doesNotExist())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(offerJson).doesNotContain(name, ADDRESS, PHONE);
    assertThat(lastTaskSearch(supporter)).endsWith("ids=");

    long assignment =
        jdbc.sql("SELECT id FROM aid.assignment WHERE request_id = ? AND status = 'OFFERED'")
            .param(request)
            .query(Long.class)
            .single();
    mvc.perform(
            post("/aid/tasks/offers/" + assignment)
                .with(user(supporter))
                .with(csrf())
                .param("accept", "true"))
        .andExpect(status().is3xxRedirection());

    assertThat(page(supporter)).contains(name, ADDRESS, PHONE, "買い物");
    api(supporter)
        .andExpect(jsonPath("$[0].status").value("CONFIRMED"))
        .andExpect(jsonPath("$[0].recipientName").value(name))
        .andExpect(jsonPath("$[0].address").value(ADDRESS))
        .andExpect(jsonPath("$[0].phone").value(PHONE));
    assertThat(lastTaskSearch(supporter)).endsWith("ids=" + request);
  }

  private String page(CurrentUser supporter) throws Exception {
    return mvc.perform(get("/aid/tasks").with(user(supporter)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private ResultActions api(CurrentUser supporter) throws Exception {
    return mvc.perform(get("/api/v1/aid/tasks").with(user(supporter))).andExpect(status().isOk());
  }

  private String lastTaskSearch(CurrentUser supporter) {
    return jdbc.sql(
            "SELECT detail FROM platform.audit_entry WHERE actor_user_id = ? AND action = 'SEARCH'"
                + " AND detail LIKE 'kind=aid.tasks;%' ORDER BY id DESC LIMIT 1")
        .param(supporter.id())
        .query(String.class)
        .single();
  }
}
