package org.tsunagu.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

@IntegrationTest
class PersonRegistrationWebTest {

  @Autowired MockMvc mvc;
  @Autowired TestData data;

  CurrentUser coordinator;

  @BeforeEach
  void setUp() {
    coordinator = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
  }

  private MockHttpServletRequestBuilder form(String family, String given) {
    return form(family, given, "S", "15", "4", "1");
  }

  private MockHttpServletRequestBuilder form(
      String family, String given, String era, String year, String month, String day) {
    return post("/persons")
        .with(user(coordinator))
        .with(csrf())
        .param("familyName", family)
        .param("givenName", given)
        .param("familyKana", "つなぐ")
        .param("givenKana", "はなこ")
        .param("birthEra", era)
        .param("birthYear", year)
        .param("birthMonth", month)
        .param("birthDay", day)
        .param("sex", "FEMALE")
        .param("postcode", "306-0023")
        .param("addressLine", "本町2-1");
  }

  @Test
  void shouldReturnToTheIntakeThatAskedForTheNewPersonAndNowhereElse() throws Exception {
    mvc.perform(
            form(TestData.unique("繋"), "戻子", "S", "21", "2", "3")
                .param("returnTo", "/intakes/42")
                .param("confirmNotDuplicate", "true"))
        .andExpect(redirectedUrlPattern("/intakes/42?candidate=*"));
    mvc.perform(
            form(TestData.unique("繋"), "外子", "S", "22", "3", "4")
                .param("returnTo", "//evil.example/x")
                .param("confirmNotDuplicate", "true"))
        .andExpect(redirectedUrlPattern("/persons/*"));
  }

  @Test
  void shouldRegisterFromFormWithWarekiBirthDate() throws Exception {
    String family = TestData.unique("繋");
    mvc.perform(form(family, "花子")).andExpect(status().is3xxRedirection());
    assertThat(
            data.count(
                "people.person WHERE family_name = '" + family + "' AND birth_date = '1940-04-01'"))
        .isEqualTo(1);
  }

  @Test
  void shouldRejectScriptInNameWithJapaneseMessageAndWriteNothing() throws Exception {
    long before = data.count("people.person");
    mvc.perform(form("<script>alert(1)</script>", "花子"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("使えない記号")))
        .andExpect(content().string(containsString("aria-invalid=\"true\"")))
        .andExpect(content().string(not(containsString("<script>alert(1)"))));
    assertThat(data.count("people.person")).isEqualTo(before);
  }

  @Test
  void shouldRejectImpossibleDateAndKeepWhatWasTyped() throws Exception {
    mvc.perform(form("日付", "誤り", "AD", "2023", "2", "30"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("存在しない日付です")))
        .andExpect(content().string(containsString("value=\"日付\"")));
  }

  @Test
  void shouldRejectUnknownAreaOverApiAsProblemDetails() throws Exception {
    mvc.perform(
            post("/api/v1/persons")
                .with(user(coordinator))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"familyName\":\"地区\",\"givenName\":\"不明\",\"familyKana\":\"ちく\",\"givenKana\":\"ふめい\",\"areaId\":999999999}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("areaId"))
        .andExpect(jsonPath("$.errors[0].message").value("指定された地区は登録されていません。"));
  }

  @Test
  void shouldAnswerInEnglishWhenAsked() throws Exception {
    mvc.perform(
            post("/api/v1/persons")
                .with(user(coordinator))
                .with(csrf())
                .header("Accept-Language", "en")
                .param("lang", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"familyName\":\"\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.title").value("Some entries need correcting; they are marked in red."));
  }

  @Test
  void shouldRenderFragmentForHtmxAndWholePageOtherwise() throws Exception {
    mvc.perform(
            post("/persons/search")
                .with(user(coordinator))
                .with(csrf())
                .param("q", "やまだ")
                .header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("<html"))))
        .andExpect(content().string(containsString("id=\"results\"")));
    mvc.perform(post("/persons/search").with(user(coordinator)).with(csrf()).param("q", "やまだ"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<html")));
  }

  @Test
  void shouldReportHiddenDuplicateOnlyByOrganisation() throws Exception {
    CurrentUser other = data.user(data.organization(OrganizationType.NPO), Role.COORDINATOR);
    String family = TestData.unique("重複");
    data.register(other, TestData.person(family, "梅子", "ちょうふく", "うめこ", "1939-09-09"));
    mvc.perform(
            post("/api/v1/persons")
                .with(user(coordinator))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"familyName\":\"別表記\",\"givenName\":\"梅子\",\"familyKana\":\"チョウフク\",\"givenKana\":\"ウメコ\",\"birthDate\":\"S14.9.9\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.matches[0].visible").value(false))
        .andExpect(jsonPath("$.matches[0].personId").doesNotExist())
        .andExpect(jsonPath("$.matches[0].name").doesNotExist())
        .andExpect(
            jsonPath("$.matches[0].message").value(containsString("登録済みの可能性があります。登録機関に確認してください")));
  }

  @Test
  void shouldLetOnlyOneOfTwoConcurrentEditsWin() throws Exception {
    long id = data.register(coordinator, TestData.person("同時", "編集", "どうじ", "へんしゅう", "1950-01-01"));
    String body =
        "{\"familyName\":\"同時\",\"givenName\":\"%s\",\"familyKana\":\"どうじ\",\"givenKana\":\"へんしゅう\",\"version\":0}";
    mvc.perform(
            put("/api/v1/persons/" + id)
                .with(user(coordinator))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted("一")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(1));
    mvc.perform(
            put("/api/v1/persons/" + id)
                .with(user(coordinator))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted("二")))
        .andExpect(status().isConflict());
    assertThat(data.count("people.person WHERE id = " + id + " AND given_name = '一'")).isEqualTo(1);
  }

  @Test
  void shouldFillAddressFromPostcode() throws Exception {
    mvc.perform(
            get("/address/lookup")
                .with(user(coordinator))
                .param("postcode", "３０６－００２３")
                .header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("茨城県")))
        .andExpect(content().string(containsString("古河市")));
    mvc.perform(get("/api/v1/postcodes/3060023").with(user(coordinator)))
        .andExpect(jsonPath("$[0].municipality").value("古河市"));
  }

  @Test
  void shouldSendSecurityHeaders() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"));
  }

  @Test
  void shouldShowTheCountAgeAndHouseholdOfEachHit() throws Exception {
    String family = TestData.unique("件数");
    data.register(coordinator, TestData.person(family, "花子", "けんすう", "はなこ", "1940-01-01"));
    data.register(coordinator, TestData.person(family, "花子", "けんすう", "はなこ", "1950-01-01"));
    int age =
        java.time.Period.between(java.time.LocalDate.of(1940, 1, 1), TestData.today()).getYears();
    mvc.perform(
            post("/persons/search")
                .with(user(coordinator))
                .with(csrf())
                .param("q", family)
                .header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("2件")))
        .andExpect(content().string(containsString(age + "歳")))
        .andExpect(content().string(containsString("独居")));
  }
}
