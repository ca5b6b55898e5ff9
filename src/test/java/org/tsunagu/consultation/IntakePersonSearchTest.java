package org.tsunagu.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.consultation.internal.intake.IntakeRecording;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.ConsultationData;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * Identifying an intake's person: two of one name are told apart by age, 町丁目 and household, as in
 * the registry's own search, with or without script.
 */
@IntegrationTest
class IntakePersonSearchTest {

  @Autowired TestData data;
  @Autowired ConsultationData consultation;
  @Autowired IntakeRecording recording;
  @Autowired MockMvc mvc;

  @Test
  void shouldTellTwoOfTheSameNameApartByAgeAreaAndHousehold() throws Exception {
    CurrentUser coordinator =
        data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    String family = TestData.unique("山田");
    String eastTown = TestData.unique("東町");
    String westTown = TestData.unique("西町");
    String household = TestData.unique("H");
    long elder =
        data.register(
            coordinator,
            TestData.inHousehold(
                TestData.person(family, "花子", "やまだ", "はなこ", "1938-04-01"),
                data.town(eastTown),
                household));
    data.register(
        coordinator,
        TestData.inHousehold(
            TestData.person(family, "一郎", "やまだ", "いちろう", "1965-05-05"),
            data.town(eastTown),
            household));
    long younger =
        data.register(
            coordinator,
            TestData.inHousehold(
                TestData.person(family, "花子", "やまだ", "はなこ", "1952-10-10"),
                data.town(westTown),
                null));
    long window = TestData.asUser(coordinator, () -> consultation.window(coordinator, "SALON"));
    long intake =
        TestData.asUser(
            coordinator,
            () ->
                recording.record(
                    coordinator,
                    ConsultationData.intake(
                        window, null, "足腰が弱ってきた", Set.of(SupportDomain.ELDERLY_CARE), false)));

    for (boolean htmx : new boolean[] {true, false}) {
      var request =
          post("/intakes/" + intake + "/person-search")
              .with(user(coordinator))
              .with(csrf())
              .param("q", family + " 花子");
      if (htmx) {
        request.header("HX-Request", "true");
      }
      String html =
          mvc.perform(request)
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();

      assertThat(row(html, elder))
          .as("htmx %s", htmx)
          .contains(age("1938-04-01") + "歳", eastTown, "2人世帯")
          .doesNotContain("独居");
      assertThat(row(html, younger))
          .as("htmx %s", htmx)
          .contains(age("1952-10-10") + "歳", westTown, "記録なし");
      assertThat(html).contains("<th scope=\"col\">年齢</th>", "<th scope=\"col\">地区</th>");
    }
  }

  /** The table row whose 「この方です」 button names the person. */
  private static String row(String html, long personId) {
    return Arrays.stream(html.split("</tr>"))
        .filter(r -> r.contains("name=\"personId\" value=\"" + personId + "\""))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for person " + personId + " in\n" + html));
  }

  private static int age(String birth) {
    return Period.between(LocalDate.parse(birth), TestData.today()).getYears();
  }
}
