package org.tsunagu.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tsunagu.aid.internal.programme.Band;
import org.tsunagu.aid.internal.programme.MenuItem;
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * A programme's rules on screen: started through the form and read back, replaced and seen changed,
 * bad input shown beside each field (a rate row and a menu row too) with nothing stored, and other
 * organisations and other roles find nothing.
 */
@IntegrationTest
@Import(AidFixture.class)
class AidRulesPagesTest {

  @Autowired MockMvc mvc;
  @Autowired AidFixture fixture;
  @Autowired TestData data;
  @Autowired Programmes programmes;
  @Autowired JdbcClient jdbc;

  AidFixture.Scheme s;

  @BeforeEach
  void setUp() {
    s = fixture.scheme();
  }

  @Test
  void shouldStartAProgrammeThroughTheFormAndReadItBackThroughTheApi() throws Exception {
    mvc.perform(get("/aid").with(user(s.coordinator())))
        .andExpect(content().string(containsString("href=\"/aid/programmes/new\"")))
        .andExpect(content().string(containsString("規則を見る・変える")));
    mvc.perform(get("/aid/programmes/new").with(user(s.coordinator())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<legend>時間預託</legend>")))
        .andExpect(content().string(containsString("年末年始")));
    String name = TestData.unique("ささえあい");
    mvc.perform(
            filled(post("/aid/programmes"), name)
                .with(user(s.coordinator()))
                .param("menuCode", "SHOPPING", "", "OUTING", "")
                .param("menuName", "買い物", "", "外出付き添い", "")
                .param("menuDriving", "2"))
        .andExpect(redirectedUrl("/aid"));
    Programme p =
        programmes.ofOrganization(s.organization()).stream()
            .filter(x -> x.name().equals(name))
            .findFirst()
            .orElseThrow();
    assertThat(p.fees().weekdayFrom()).isEqualTo(LocalTime.of(6, 0));
    assertThat(p.fees().maxMinutesPerDay()).isEqualTo(240);
    assertThat(p.fees().cancelNoNoticeFull()).isFalse();
    assertThat(p.fees().rates().get(Band.YEAR_END).supporterYenPerHour()).isEqualTo(800);
    assertThat(p.credits().users()).containsExactly("SELF", "CHILD");
    assertThat(p.credits().onDeath()).isEqualTo("FAMILY");
    assertThat(p.menu())
        .extracting(MenuItem::code, MenuItem::needsDriving)
        .containsExactly(tuple("SHOPPING", false), tuple("OUTING", true));
    mvc.perform(get("/api/v1/aid/programmes/" + p.id()).with(user(s.coordinator())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.fees.rates.WEEKDAY.recipientYenPerHour").value(750))
        .andExpect(jsonPath("$.fees.yearEndFrom").exists())
        .andExpect(jsonPath("$.credits.mode").value("OPTIONAL"));
  }

  @Test
  void shouldShowTheCurrentRulesAndReplaceThem() throws Exception {
    String rules = "/aid/programmes/" + s.programme() + "/rules";
    String page =
        mvc.perform(get(rules).with(user(s.coordinator())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("すでに締めた月の精算は変わりません")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("value=\"750\"").contains("value=\"CLEANING\"");
    int version = programmes.find(s.programme()).orElseThrow().version();
    String name = programmes.find(s.programme()).orElseThrow().name();
    mvc.perform(
            filled(post(rules), name)
                .with(user(s.coordinator()))
                .param("recipientYen", "800", "1000", "1000", "1200")
                .param("menuCode", "SHOPPING", "", "OUTING", "GARBAGE")
                .param("menuName", "買い物", "", "外出付き添い", "ゴミ出し")
                .param("menuDriving", "2"))
        .andExpect(redirectedUrl("/aid"));
    Programme p = programmes.find(s.programme()).orElseThrow();
    assertThat(p.version()).isEqualTo(version + 1);
    assertThat(p.fees().rates().get(Band.WEEKDAY).recipientYenPerHour()).isEqualTo(800);
    assertThat(p.fees().rates().get(Band.YEAR_END).recipientYenPerHour()).isEqualTo(1200);
    assertThat(p.menu().stream().filter(MenuItem::active).map(MenuItem::code))
        .containsExactlyInAnyOrder("SHOPPING", "OUTING", "GARBAGE");
    assertThat(p.item(itemId(p, "CLEANING")).orElseThrow().active()).isFalse();
    mvc.perform(get(rules).with(user(s.coordinator())))
        .andExpect(content().string(containsString("value=\"ゴミ出し\"")));
  }

  @Test
  void shouldShowEachProblemBesideItsFieldKeepWhatWasTypedAndStoreNothing() throws Exception {
    String rules = "/aid/programmes/" + s.programme() + "/rules";
    long before = stored();
    Programme unchanged = programmes.find(s.programme()).orElseThrow();
    String page =
        mvc.perform(
                filled(post(rules), "")
                    .with(user(s.coordinator()))
                    .param("feeYearStartMonth", "四月")
                    .param("weekdayUntil", "05:00")
                    .param("yearEndFrom", "12/29")
                    .param("recipientYen", "750", "960", "abc", "960")
                    .param("menuCode", "SHOPPING", "", "gomi", "")
                    .param("menuName", "買い物", "", "", "")
                    .param("timeCredits", "SOMETIMES"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("入力内容に誤りがあります")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(errorBeside(page, "name")).isEqualTo("入力してください。");
    assertThat(errorBeside(page, "feeYearStartMonth")).contains("1から12まで");
    assertThat(errorBeside(page, "weekdayUntil")).isEqualTo("開始より後の時刻にしてください。");
    assertThat(errorBeside(page, "yearEndFrom")).contains("「12-29」の形");
    assertThat(errorBeside(page, "recipientYen-2")).contains("までの数で入力してください");
    assertThat(page).doesNotContain("id=\"recipientYen-1-error\"");
    assertThat(errorBeside(page, "menuCode-2")).contains("英大文字");
    assertThat(errorBeside(page, "menuName-2")).isEqualTo("入力してください。");
    assertThat(page).doesNotContain("id=\"menuCode-1-error\"");
    assertThat(errorBeside(page, "timeCredits")).isEqualTo("選択肢から選んでください。");
    assertThat(page).contains("value=\"abc\"").contains("value=\"gomi\"").contains("value=\"四月\"");
    assertThat(stored()).isEqualTo(before);
    assertThat(programmes.find(s.programme()).orElseThrow()).isEqualTo(unchanged);

    long programmesBefore = programmes.ofOrganization(s.organization()).size();
    mvc.perform(
            filled(post("/aid/programmes"), TestData.unique("新規"))
                .with(user(s.coordinator()))
                .param("supporterYen", "600", "800", "800", "-1")
                .param("menuCode", "", "", "", "")
                .param("menuName", "", "", "", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"supporterYen-3-error\"")))
        .andExpect(content().string(containsString("id=\"menu-error\"")));
    assertThat(programmes.ofOrganization(s.organization())).hasSize((int) programmesBefore);
  }

  @Test
  void shouldAnswerNotFoundToAnotherOrganisationAndRefuseOtherRoles() throws Exception {
    String rules = "/aid/programmes/" + s.programme() + "/rules";
    String name = programmes.find(s.programme()).orElseThrow().name();
    CurrentUser otherCoordinator =
        data.user(data.organization(OrganizationType.COOP), Role.COORDINATOR);
    mvc.perform(get(rules).with(user(otherCoordinator))).andExpect(status().isNotFound());
    mvc.perform(filled(post(rules), "乗っ取り").with(user(otherCoordinator)))
        .andExpect(status().isNotFound());
    mvc.perform(filled(post("/aid/programmes/999999999/rules"), "無い").with(user(s.coordinator())))
        .andExpect(status().isNotFound());
    for (Role role : List.of(Role.SUPPORTER, Role.MEMBER)) {
      CurrentUser u = data.user(s.organization(), role);
      mvc.perform(get("/aid/programmes/new").with(user(u))).andExpect(status().isNotFound());
      mvc.perform(get(rules).with(user(u))).andExpect(status().isNotFound());
      mvc.perform(filled(post("/aid/programmes"), "会員の事業").with(user(u)))
          .andExpect(status().isForbidden());
      mvc.perform(filled(post(rules), "会員の変更").with(user(u))).andExpect(status().isForbidden());
    }
    assertThat(programmes.find(s.programme()).orElseThrow().name()).isEqualTo(name);
  }

  /** A complete, valid rules form named {@code name}; a field the test sets keeps its values. */
  private static MockHttpServletRequestBuilder filled(
      MockHttpServletRequestBuilder b, String name) {
    return b.with(csrf()).param("name", name).with(AidRulesPagesTest::withDefaults);
  }

  private static MockHttpServletRequest withDefaults(MockHttpServletRequest r) {
    String[][] fields = {
      {"annualFeeYen", "1000"},
      {"feeYearStartMonth", "4"},
      {"minimumMinutes", "60"},
      {"stepMinutes", "30"},
      {"maxMinutesPerDay", "240"},
      {"weekdayFrom", "06:00"},
      {"weekdayUntil", "22:00"},
      {"yearEndFrom", "12-29"},
      {"yearEndUntil", "01-03"},
      {"cancelFreeDaysBefore", "1"},
      {"cancelSameDayMinutes", "60"},
      {"payoutPerVisitYen", "0"},
      {"timeCredits", "OPTIONAL"},
      {"creditUsers", "SELF", "CHILD"},
      {"creditOnLeaving", "KEEP"},
      {"creditOnDeath", "FAMILY"},
      {"creditOverdraftMinutes", "0"},
      {"recipientYen", "750", "960", "960", "960"},
      {"supporterYen", "600", "800", "800", "800"},
      {"menuCode", "SHOPPING", ""},
      {"menuName", "買い物", ""},
    };
    for (String[] f : fields) {
      if (r.getParameter(f[0]) == null) {
        r.addParameter(f[0], Arrays.copyOfRange(f, 1, f.length));
      }
    }
    return r;
  }

  /** The text of the problem shown beside the input {@code id} (its {@code id-error}). */
  private static String errorBeside(String page, String id) {
    Matcher m =
        Pattern.compile("id=\"" + Pattern.quote(id + "-error") + "\"[^>]*>([^<]*)<").matcher(page);
    assertThat(m.find()).as("a problem beside " + id).isTrue();
    return m.group(1).strip();
  }

  private long itemId(Programme p, String code) {
    return p.menu().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow().id();
  }

  private long stored() {
    return jdbc.sql(
            "SELECT (SELECT count(*) FROM aid.rate WHERE programme_id = ?) * 1000"
                + " + (SELECT count(*) FROM aid.menu_item WHERE programme_id = ?)")
        .params(s.programme(), s.programme())
        .query(Long.class)
        .single();
  }
}
