package org.tsunagu.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Imports that fit the files people have: the template, 和暦 and half-width kana, the mapping step
 * for other headings and its memory per organisation, the bad value beside each error.
 */
@IntegrationTest
class ImportMappingTest {

  static final String HEADER = "氏,名,氏カナ,名カナ,生年月日,性別,郵便番号,住所,電話,世帯番号,独居,地区\n";

  /** A municipality's list: one name column, half-width kana, 和暦 in kanji, its own words. */
  static final String OWN_HEADINGS = "氏名,フリガナ,生年月日,性別,住所,ひとり暮らし\n";

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired ObjectMapper json;

  CurrentUser coordinator;
  String family;

  @BeforeEach
  void setUp() {
    coordinator = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    family = TestData.unique("対応");
  }

  private JsonNode upload(CurrentUser as, String name, byte[] content) throws Exception {
    MvcResult r =
        mvc.perform(
                multipart("/api/v1/imports/persons")
                    .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                    .with(user(as))
                    .with(csrf()))
            .andExpect(status().isAccepted())
            .andReturn();
    return json.readTree(r.getResponse().getContentAsString());
  }

  private JsonNode finished(CurrentUser as, long id) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode s =
          json.readTree(
              mvc.perform(get("/api/v1/imports/" + id).with(user(as)))
                  .andReturn()
                  .getResponse()
                  .getContentAsString());
      if (s.path("status").asText().matches("SUCCEEDED|FAILED")) {
        return s;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("import did not finish");
  }

  private JsonNode importCsv(String csv) throws Exception {
    JsonNode accepted = upload(coordinator, "p.csv", csv.getBytes(StandardCharsets.UTF_8));
    return finished(coordinator, accepted.path("id").asLong());
  }

  private long persons(String where) {
    return data.count("people.person WHERE family_name = '" + family + "'" + where);
  }

  @Test
  void shouldOfferTheTemplateAsCsvAndXlsxAndImportTheXlsxFilledIn() throws Exception {
    byte[] csv =
        mvc.perform(get("/imports/template.csv").with(user(coordinator)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF" + HEADER.strip()).contains("S15.4.1");

    byte[] xlsx =
        mvc.perform(get("/api/v1/imports/persons/template.xlsx").with(user(coordinator)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    ByteArrayOutputStream filled = new ByteArrayOutputStream();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Row headings = book.getSheetAt(0).getRow(0);
      assertThat(headings.getCell(0).getStringCellValue()).isEqualTo("氏");
      assertThat(headings.getCell(11).getStringCellValue()).isEqualTo("地区");
      Row example = book.getSheetAt(0).getRow(1);
      // As a user would type over it (the template's cells hold inline strings).
      example.removeCell(example.getCell(0));
      example.createCell(0).setCellValue(family);
      book.write(filled);
    }
    JsonNode done =
        finished(
            coordinator, upload(coordinator, "p.xlsx", filled.toByteArray()).path("id").asLong());
    assertThat(done.path("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(done.path("imported").asInt()).isEqualTo(1);
    assertThat(
            data.count(
                "people.person WHERE family_name = '山田' AND given_name = '花子' AND created_by = "
                    + coordinator.id()))
        .isZero();
    assertThat(persons("")).isEqualTo(1);
    assertThat(persons(" AND birth_date = '1940-04-01' AND family_kana = 'ヤマダ' AND living_alone"))
        .isEqualTo(1);
  }

  @Test
  void shouldReadWarekiAndHalfWidthKanaAndShowAnImpossibleDateWithItsValue() throws Exception {
    JsonNode ok =
        importCsv(
            HEADER
                + family
                + ",一,ﾄﾘｺﾐ,ﾊｼﾞﾒ,S15.4.1,1,,,,,○,\n"
                + family
                + ",二,とりこみ,じろう,昭和15年4月1日,2,,,,,×,\n"
                + family
                + ",三,トリコミ,サブロウ,H1.1.8,M,,,,,,\n");
    assertThat(ok.path("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(persons(" AND birth_date = '1940-04-01' AND family_kana = 'トリコミ'")).isEqualTo(2);
    assertThat(persons(" AND birth_date = '1989-01-08' AND sex = 'MALE'")).isEqualTo(1);
    assertThat(persons(" AND given_kana = 'ハジメ' AND living_alone")).isEqualTo(1);

    family = TestData.unique("誤り");
    JsonNode bad = importCsv(HEADER + family + ",四,トリコミ,シロウ,昭和65年1月1日,男,,,,,,\n");
    assertThat(bad.path("status").asText()).isEqualTo("FAILED");
    JsonNode problem = bad.at("/problems/0");
    assertThat(problem.path("line").asInt()).isEqualTo(2);
    assertThat(problem.path("column").asText()).isEqualTo("birthDate");
    assertThat(problem.path("value").asText()).isEqualTo("昭和65年1月1日");
    assertThat(problem.path("messageKey").asText()).isEqualTo("validation.date.OUTSIDE_ERA");
    assertThat(persons("")).isZero();

    mvc.perform(get("/imports/" + bad.path("id").asLong()).with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<code>昭和65年1月1日</code>")))
        .andExpect(content().string(containsString("ファイルの値")));
  }

  private String ownList(String family) {
    return OWN_HEADINGS
        + family
        + " 花子,ﾄﾘｺﾐ ﾊﾅｺ,昭和15年4月1日,女,本町1-1,はい\n"
        + family
        + "　太郎,とりこみ　たろう,S20.8.15,男,本町1-1,いいえ\n";
  }

  @Test
  void shouldAskForTheMappingOnceAndRememberItForTheOrganisationOnly() throws Exception {
    JsonNode waiting =
        upload(coordinator, "list.csv", ownList(family).getBytes(StandardCharsets.UTF_8));
    long id = waiting.path("id").asLong();
    assertThat(waiting.path("status").asText()).isEqualTo("AWAITING_MAPPING");

    JsonNode mapping =
        json.readTree(
            mvc.perform(get("/api/v1/imports/" + id + "/mapping").with(user(coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(mapping.path("headings").get(0).asText()).isEqualTo("氏名");
    JsonNode suggested = mapping.path("suggested");
    assertThat(suggested.path("familyName").asText()).isEqualTo("1:氏名");
    assertThat(suggested.path("givenName").asText()).isEqualTo("2:氏名");
    assertThat(suggested.path("familyKana").asText()).isEqualTo("1:フリガナ");
    assertThat(suggested.path("givenKana").asText()).isEqualTo("2:フリガナ");
    assertThat(suggested.path("livingAlone").asText()).isEqualTo("0:ひとり暮らし");

    mvc.perform(
            put("/api/v1/imports/" + id + "/mapping")
                .with(user(coordinator))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"sources\":" + suggested + "}"))
        .andExpect(status().isAccepted());
    assertThat(finished(coordinator, id).path("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(
            persons(
                " AND given_name = '花子' AND family_kana = 'トリコミ' AND given_kana = 'ハナコ' AND birth_date = '1940-04-01' AND living_alone"))
        .isEqualTo(1);
    assertThat(
            persons(
                " AND given_name = '太郎' AND given_kana = 'タロウ' AND birth_date = '1945-08-15' AND NOT living_alone"))
        .isEqualTo(1);

    // The next file with the same headings is mapped without asking.
    family = TestData.unique("二回目");
    JsonNode again =
        upload(coordinator, "list2.csv", ownList(family).getBytes(StandardCharsets.UTF_8));
    assertThat(again.path("status").asText()).isNotEqualTo("AWAITING_MAPPING");
    assertThat(finished(coordinator, again.path("id").asLong()).path("status").asText())
        .isEqualTo("SUCCEEDED");
    assertThat(persons("")).isEqualTo(2);

    // Another organisation's coordinator is asked: the mapping is not shared.
    CurrentUser other = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    JsonNode elsewhere =
        upload(other, "list.csv", ownList(TestData.unique("他団体")).getBytes(StandardCharsets.UTF_8));
    assertThat(elsewhere.path("status").asText()).isEqualTo("AWAITING_MAPPING");
    // ...and may not see or map the first organisation's import.
    mvc.perform(
            get("/api/v1/imports/" + elsewhere.path("id").asLong() + "/mapping")
                .with(user(coordinator)))
        .andExpect(status().isNotFound());
  }

  @Test
  void shouldWalkTheMappingStepOnTheScreens() throws Exception {
    MvcResult uploaded =
        mvc.perform(
                multipart("/imports")
                    .file(
                        new MockMultipartFile(
                            "file",
                            "名簿.csv",
                            "text/csv",
                            ownList(family).getBytes(StandardCharsets.UTF_8)))
                    .with(user(coordinator))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String mappingUrl = uploaded.getResponse().getRedirectedUrl();
    assertThat(mappingUrl).matches("/imports/\\d+/mapping");
    String id = mappingUrl.replaceAll("\\D", "");

    mvc.perform(get(mappingUrl).with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("見出しの対応づけ")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "<option value=\"1:氏名\" selected=\"selected\">氏名の空白より前</option>")))
        .andExpect(content().string(containsString("氏名（例：" + family + " 花子）")));

    // A required field left without a column: the form again, with the error, nothing queued.
    mvc.perform(
            post(mappingUrl)
                .with(user(coordinator))
                .with(csrf())
                .param("source.familyName", "1:氏名")
                .param("source.givenName", "")
                .param("source.familyKana", "1:フリガナ")
                .param("source.givenKana", "2:フリガナ"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("この項目の列を選んでください。")));
    // A heading the file lacks is refused the same way, never a 500.
    mvc.perform(
            post(mappingUrl)
                .with(user(coordinator))
                .with(csrf())
                .param("source.familyName", "0:ないもの")
                .param("source.givenName", "9:氏名"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("この項目の列を選んでください。")));

    mvc.perform(
            post(mappingUrl)
                .with(user(coordinator))
                .with(csrf())
                .param("source.familyName", "1:氏名")
                .param("source.givenName", "2:氏名")
                .param("source.familyKana", "1:フリガナ")
                .param("source.givenKana", "2:フリガナ")
                .param("source.birthDate", "0:生年月日")
                .param("source.livingAlone", "0:ひとり暮らし"))
        .andExpect(redirectedUrl("/imports/" + id));
    assertThat(finished(coordinator, Long.parseLong(id)).path("status").asText())
        .isEqualTo("SUCCEEDED");
    assertThat(persons("")).isEqualTo(2);
    // Mapped once: the form is gone.
    mvc.perform(get(mappingUrl).with(user(coordinator))).andExpect(status().isNotFound());
  }
}
