package org.tsunagu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.internal.person.PersonSearch;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/** The audit page speaks the reader's language: actions, what they concern, who did them. */
@IntegrationTest
class AuditPageTest {

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired MessageSource messages;
  @Autowired PersonSearch search;
  @Autowired JdbcClient jdbc;

  @Test
  void showsARefusedReadInWordsWithTheNameOfWhoTried() throws Exception {
    long org = data.organization(OrganizationType.NPO);
    CurrentUser outsider = data.user(org, Role.AGENCY_WORKER);
    CurrentUser admin = data.user(org, Role.ADMIN);
    CurrentUser registrar = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    long person = data.register(registrar, TestData.person("監査", "見子", "かんさ", "みこ", "1961-06-06"));
    mvc.perform(get("/persons/" + person).with(user(outsider))).andExpect(status().isNotFound());

    mvc.perform(
            get("/admin/audit")
                .param("user", outsider.getUsername())
                .param("action", "READ_REFUSED")
                .with(user(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("閲覧の拒否（根拠なし）")))
        .andExpect(content().string(containsString("住民")))
        .andExpect(content().string(containsString("テスト 利用者（" + outsider.getUsername() + "）")))
        .andExpect(content().string(containsString("ハッシュで封印")))
        .andExpect(content().string(not(containsString(">READ_REFUSED<"))));
  }

  @Test
  void everyActionHasALabelInBothLanguages() {
    for (AuditAction a : AuditAction.values()) {
      for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
        assertThat(messages.getMessage("audit.action." + a.name(), null, null, locale))
            .as(a + " " + locale)
            .isNotBlank();
      }
    }
  }

  private long readAs(CurrentUser reader, long person) throws Exception {
    mvc.perform(get("/persons/" + person).with(user(reader))).andExpect(status().isOk());
    return person;
  }

  @Test
  void filtersByPersonOrganisationAndKindAndShowsTheOrganisation() throws Exception {
    long shakyo = data.organization(OrganizationType.SHAKYO);
    CurrentUser coordinator = data.user(shakyo, Role.COORDINATOR);
    CurrentUser admin = data.user(shakyo, Role.ADMIN);
    long person =
        readAs(
            coordinator,
            data.register(coordinator, TestData.person("絞込", "一子", "しぼりこみ", "かずこ", "1950-01-01")));
    long other =
        readAs(
            coordinator,
            data.register(coordinator, TestData.person("別人", "二子", "べつじん", "ふたこ", "1951-01-01")));

    String page =
        mvc.perform(
                get("/admin/audit")
                    .param("person", String.valueOf(person))
                    .param("organization", String.valueOf(shakyo))
                    .param("action", "READ")
                    .param("objectType", "person")
                    .with(user(admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("<td>" + person + "</td>")
        .doesNotContain("<td>" + other + "</td>")
        .contains(orgName(shakyo))
        .contains("<option value=\"person\" selected=\"selected\">住民</option>");
  }

  @Test
  void findsThePersonAmongTheIdsASearchShowedAndSaysSoInWords() throws Exception {
    long shakyo = data.organization(OrganizationType.SHAKYO);
    CurrentUser coordinator = data.user(shakyo, Role.COORDINATOR);
    CurrentUser admin = data.user(shakyo, Role.ADMIN);
    String family = TestData.unique("監索");
    long person =
        data.register(coordinator, TestData.person(family, "三子", "かんさく", "みつこ", "1952-01-01"));
    TestData.asUser(coordinator, () -> search.search(coordinator, family, 0));

    mvc.perform(
            get("/admin/audit")
                .param("person", String.valueOf(person))
                .param("action", "SEARCH")
                .with(user(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("氏名で検索（表示したNo.：" + person + "）")));
    mvc.perform(
            get("/admin/audit")
                .param("person", String.valueOf(person + 100000))
                .param("action", "SEARCH")
                .with(user(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("条件に合う記録はありません。")));
  }

  @Test
  void findsAUserByPartOfTheName() throws Exception {
    long org = data.organization(OrganizationType.NPO);
    CurrentUser admin = data.user(org, Role.ADMIN);
    mvc.perform(get("/admin/audit").param("user", "利用").with(user(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("テスト 利用者（")));
  }

  @Test
  void pagesFiftyAtATime() throws Exception {
    long org = data.organization(OrganizationType.SHAKYO);
    CurrentUser coordinator = data.user(org, Role.COORDINATOR);
    CurrentUser admin = data.user(org, Role.ADMIN);
    for (int i = 0; i < 51; i++) {
      TestData.asUser(coordinator, () -> search.list(coordinator, 0));
    }
    String first =
        mvc.perform(
                get("/admin/audit")
                    .param("organization", String.valueOf(org))
                    .param("action", "SEARCH")
                    .with(user(admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(first).contains("page=1").doesNotContain("page=-1");
    mvc.perform(
            get("/admin/audit")
                .param("organization", String.valueOf(org))
                .param("action", "SEARCH")
                .param("page", "1")
                .with(user(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("page=0")))
        .andExpect(content().string(not(containsString("page=2"))));
  }

  @ParameterizedTest
  @CsvSource({
    "person,abc",
    "person,-5",
    "organization,x1",
    "action,DROP_TABLE",
    "objectType,'person; --'",
    "from,2026-13-45",
    "to,yesterday",
    "from,1800-01-01"
  })
  void answersABadFilterWith400AndSaysWhatIsWrong(String field, String value) throws Exception {
    CurrentUser admin = data.user(data.organization(OrganizationType.NPO), Role.ADMIN);
    mvc.perform(get("/admin/audit").param(field, value).with(user(admin)))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("絞り込みの条件に誤りがあります")))
        .andExpect(content().string(containsString("id=\"" + field + "-error\"")));
    mvc.perform(get("/admin/audit/export.csv").param(field, value).with(user(admin)))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/audit").param(field, value).with(user(admin)))
        .andExpect(status().isBadRequest());
  }

  @Test
  void answersAPeriodThatEndsBeforeItStartsWith400() throws Exception {
    CurrentUser admin = data.user(data.organization(OrganizationType.NPO), Role.ADMIN);
    mvc.perform(
            get("/admin/audit")
                .param("from", "2026-05-01")
                .param("to", "2026-04-01")
                .with(user(admin)))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("期間の始まりが終わりより後になっています。")));
  }

  @Test
  void exportsTheFilteredEntriesInWordsAndAuditsTheExport() throws Exception {
    long shakyo = data.organization(OrganizationType.SHAKYO);
    CurrentUser coordinator = data.user(shakyo, Role.COORDINATOR);
    CurrentUser admin = data.user(shakyo, Role.ADMIN);
    long person =
        readAs(
            coordinator,
            data.register(coordinator, TestData.person("出力", "四子", "しゅつりょく", "よつこ", "1953-01-01")));
    long before =
        data.count("platform.audit_entry WHERE action = 'EXPORT' AND object_type = 'audit_entry'");

    var csv =
        mvc.perform(
                get("/admin/audit/export.csv")
                    .param("person", String.valueOf(person))
                    .param("action", "READ")
                    .with(user(admin)))
            .andExpect(request().asyncStarted())
            .andReturn();
    mvc.perform(asyncDispatch(csv)).andExpect(status().isOk());
    String body =
        new String(
            csv.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(body)
        .contains("No.,日時,ログインID,氏名,機関,操作,対象,対象No.,詳細,封印")
        .contains(coordinator.getUsername() + ",テスト 利用者," + orgName(shakyo) + ",閲覧,住民," + person);
    assertThat(body.lines().count()).isEqualTo(2);

    var xlsx = mvc.perform(get("/admin/audit/export.xlsx").with(user(admin))).andReturn();
    mvc.perform(asyncDispatch(xlsx)).andExpect(status().isOk());
    byte[] bytes = xlsx.getResponse().getContentAsByteArray();
    assertThat(bytes).startsWith((byte) 'P', (byte) 'K');
    assertThat(
            data.count(
                "platform.audit_entry WHERE action = 'EXPORT' AND object_type = 'audit_entry'"))
        .isEqualTo(before + 2);
  }

  @Test
  void isClosedToRolesWithoutTheAuditRight() throws Exception {
    CurrentUser coordinator =
        data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    mvc.perform(get("/admin/audit").with(user(coordinator))).andExpect(status().isForbidden());
    mvc.perform(get("/admin/audit/export.csv").with(user(coordinator)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/audit/export.xlsx").with(user(coordinator)))
        .andExpect(status().isForbidden());
  }

  private String orgName(long id) {
    return jdbc.sql("SELECT name FROM people.organization WHERE id = ?")
        .param(id)
        .query(String.class)
        .single();
  }
}
