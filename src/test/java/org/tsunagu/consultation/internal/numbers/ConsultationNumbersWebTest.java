package org.tsunagu.consultation.internal.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.platform.export.CsvOutput;
import org.tsunagu.platform.security.ApiTokens;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/** The numbers on the page, in the JSON API and as CSV and xlsx downloads. */
@IntegrationTest
class ConsultationNumbersWebTest {

  static final String FROM = "2017-04-01";
  static final String TO = "2018-03-31";
  static final String CSV_HEADER = "期間開始,期間終了,区分,集計軸,コード,項目,指標,値,単位";

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired JdbcClient jdbc;
  @Autowired ApiTokens tokens;
  @LocalServerPort int port;

  long org;
  CurrentUser coordinator;
  long window;
  String windowName;

  /** Two intakes at a window whose name windows-31j can only partly hold (𠮷 is not in it). */
  @BeforeEach
  void setUp() {
    org = data.organization(OrganizationType.SHAKYO);
    coordinator = data.user(org, Role.COORDINATOR);
    ConsultationRows rows = new ConsultationRows(jdbc, coordinator.id());
    windowName = TestData.unique("髙橋𠮷サロン");
    window = rows.window(windowName, org, null);
    long aCase = rows.openCase(org, null, "2017-05-01T10:00", "ELDERLY_CARE");
    rows.firstContact(aCase, "2017-05-01T12:30");
    rows.intake(window, "PHONE", "2017-05-01T10:00", "CASE", aCase, "ELDERLY_CARE");
    rows.intake(window, "CARD", "2017-06-01T10:00", "NO_CASE", null, "ISOLATION");
    long referral =
        rows.referral(
            aCase,
            org,
            data.organization(OrganizationType.COMMUNITY_CARE_CENTER),
            "2017-05-02T09:00",
            LocalDate.of(2017, 5, 9));
    rows.accept(referral, "2017-05-05T09:00");
  }

  private MockHttpServletRequestBuilder period(String url) {
    return get(url).param("from", FROM).param("to", TO);
  }

  private MvcResult download(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andExpect(status().isOk()).andReturn();
  }

  private long exportsAudited(CurrentUser u) {
    return data.count(
        "platform.audit_entry WHERE action = 'EXPORT' AND object_type = 'consultation_numbers'"
            + " AND detail LIKE 'from="
            + FROM
            + ";to="
            + TO
            + ";%' AND actor_user_id = "
            + u.id());
  }

  @Test
  void shouldShowTheNumbersPageWithCaptionedTablesAndExportLinks() throws Exception {
    String html =
        mvc.perform(period("/consultation/numbers").with(user(coordinator)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<caption>窓口別</caption>")))
            .andExpect(content().string(containsString("<caption>受付後の対応</caption>")))
            .andExpect(content().string(containsString(windowName)))
            .andExpect(content().string(containsString("期間中の受付 2件")))
            .andExpect(content().string(containsString("2.5時間")))
            .andExpect(content().string(containsString("3日")))
            .andExpect(
                content()
                    .string(
                        containsString(
                            "/consultation/numbers.csv?from=2017-04-01&amp;to=2018-03-31&amp;encoding=windows-31j")))
            .andExpect(
                content()
                    .string(
                        containsString(
                            "/consultation/numbers.xlsx?from=2017-04-01&amp;to=2018-03-31")))
            .andExpect(content().string(containsString("href=\"/consultation/numbers\"")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).doesNotContain("??").contains("name=\"fromYear\" value=\"2017\"");
  }

  @Test
  void shouldReadThePeriodFromSeparateYearMonthDayFields() throws Exception {
    mvc.perform(
            get("/consultation/numbers")
                .param("fromYear", "２０１７")
                .param("fromMonth", "4")
                .param("fromDay", "1")
                .param("toYear", "2018")
                .param("toMonth", "3")
                .param("toDay", "31")
                .with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("期間中の受付 2件")));
  }

  @Test
  void shouldAnswerHtmxWithTheFragmentOnly() throws Exception {
    mvc.perform(
            period("/consultation/numbers").header("HX-Request", "true").with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(startsWith("<div id=\"numbers\">")))
        .andExpect(content().string(not(containsString("<html"))));
  }

  @Test
  void shouldShowADateErrorOnItsFieldAndKeepWhatWasTyped() throws Exception {
    mvc.perform(
            get("/consultation/numbers")
                .param("fromYear", "2017")
                .param("fromMonth", "2")
                .param("fromDay", "30")
                .with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("日付を正しく入力してください")))
        .andExpect(content().string(containsString("aria-describedby=\"from-error\"")))
        .andExpect(content().string(containsString("name=\"fromDay\" value=\"30\"")))
        .andExpect(content().string(not(containsString("<caption>"))));
  }

  @Test
  void shouldDefaultToThisFiscalYear() throws Exception {
    LocalDate start = ReportPeriod.fiscalYearStart(TestData.today());
    mvc.perform(get("/consultation/numbers").with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("name=\"fromYear\" value=\"" + start.getYear() + "\"")))
        .andExpect(content().string(containsString("name=\"fromMonth\" value=\"4\"")))
        .andExpect(content().string(containsString("name=\"fromDay\" value=\"1\"")));
  }

  @Test
  void shouldAnswerTheApiWithTheNumbersAsJson() throws Exception {
    mvc.perform(period("/api/v1/consultation/numbers").with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.from").value(FROM))
        .andExpect(jsonPath("$.to").value(TO))
        .andExpect(jsonPath("$.scope").value("ORGANIZATION"))
        .andExpect(jsonPath("$.organizationId").value(org))
        .andExpect(jsonPath("$.intakes.received").value(2))
        .andExpect(jsonPath("$.intakes.byWindow[0].key").value(String.valueOf(window)))
        .andExpect(jsonPath("$.intakes.byWindow[0].name").value(windowName))
        .andExpect(jsonPath("$.intakes.byWindow[0].count").value(2))
        .andExpect(jsonPath("$.cases.opened").value(1))
        .andExpect(jsonPath("$.referrals.sent").value(1))
        .andExpect(jsonPath("$.referrals.answering.answeredOnTime").value(1))
        .andExpect(jsonPath("$.referrals.answering.onTimePercent").value(100.0))
        .andExpect(jsonPath("$.times.intakeToFirstContact.medianHours").value(2.5))
        .andExpect(jsonPath("$.times.referralToAnswer.medianHours").value(72.0));
  }

  @Test
  void shouldRejectUnreadableDatesWithAJapaneseProblem() throws Exception {
    mvc.perform(
            get("/api/v1/consultation/numbers").param("from", "2026-13-01").with(user(coordinator)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.title").value(containsString("入力内容に誤りがあります")))
        .andExpect(jsonPath("$.errors[0].field").value("from"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("日付を正しく入力してください")));
  }

  @Test
  void shouldRejectAPeriodEndingBeforeItStarts() throws Exception {
    mvc.perform(
            get("/api/v1/consultation/numbers")
                .param("from", "2020-05-01")
                .param("to", "2020-04-30")
                .with(user(coordinator)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("to"))
        .andExpect(jsonPath("$.errors[0].message").value("終了日が開始日より前になっています。"));
    mvc.perform(
            get("/consultation/numbers.csv")
                .param("from", "2020-05-01")
                .param("to", "2020-04-30")
                .with(user(coordinator)))
        .andExpect(status().isBadRequest());
    assertThat(
            data.count(
                "platform.audit_entry WHERE action = 'EXPORT' AND actor_user_id = "
                    + coordinator.id()))
        .isZero();
  }

  @Test
  void shouldExportCsvInUtf8WithBomAndAuditIt() throws Exception {
    MvcResult r = download(period("/consultation/numbers.csv").with(user(coordinator)));

    String text = new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("\uFEFF" + CSV_HEADER + "\r\n")
        .contains(FROM + "," + TO + ",相談受付,受付件数,,全体,件数,2,件\r\n")
        .contains(FROM + "," + TO + ",相談受付,窓口別," + window + "," + windowName + ",件数,2,件\r\n")
        .contains(FROM + "," + TO + ",相談受付,分野別,ELDERLY_CARE,高齢・介護,件数,1,件\r\n")
        .contains(FROM + "," + TO + ",所要時間,受付から初回接触まで,,全体,中央値,2.5,時間\r\n");
    assertThat(r.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(r.getResponse().getHeader("Content-Disposition"))
        .contains("filename=\"consultation-numbers_2017-04-01_2018-03-31.csv\"")
        .contains(
            "filename*=UTF-8''%E7%9B%B8%E8%AB%87%E3%81%A4%E3%81%AA%E3%81%8E%E5%AE%9F%E7%B8%BE_2017-04-01_2018-03-31.csv");
    assertThat(exportsAudited(coordinator)).isEqualTo(1);
  }

  /** Through the real server: a download must end cleanly for a caller with an API token too. */
  @Test
  void shouldDownloadCompleteFilesWithAnApiToken() throws Exception {
    String token = tokens.issue(coordinator.id(), "numbers", Duration.ofHours(1)).token();
    HttpClient http = HttpClient.newHttpClient();
    for (String path : List.of("numbers.csv", "numbers.xlsx")) {
      HttpResponse<byte[]> r =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          "http://localhost:"
                              + port
                              + "/api/v1/consultation/"
                              + path
                              + "?from="
                              + FROM
                              + "&to="
                              + TO))
                  .header("Authorization", "Bearer " + token)
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).isNotEmpty();
    }
    assertThat(exportsAudited(coordinator)).isEqualTo(2);
  }

  @Test
  void shouldExportCsvInWindows31jWithReplacementForWhatItCannotHold() throws Exception {
    MvcResult r =
        download(
            period("/consultation/numbers.csv")
                .param("encoding", "windows-31j")
                .with(user(coordinator)));

    byte[] bytes = r.getResponse().getContentAsByteArray();
    String text = new String(bytes, CsvOutput.WINDOWS_31J);
    assertThat(bytes[0]).isNotEqualTo((byte) 0xEF);
    assertThat(text)
        .startsWith(CSV_HEADER + "\r\n")
        .contains("," + window + "," + windowName.replace("𠮷", "〓") + ",件数,2,件\r\n");
    assertThat(r.getResponse().getContentType()).isEqualTo("text/csv;charset=windows-31j");
    assertThat(exportsAudited(coordinator)).isEqualTo(1);
  }

  @Test
  void shouldExportCsvInEnglishWhenAskedFor() throws Exception {
    MvcResult r =
        download(period("/consultation/numbers.csv").param("lang", "en").with(user(coordinator)));
    assertThat(new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
        .startsWith("\uFEFFFrom,To,Section,Dimension,Code,Item,Measure,Value,Unit\r\n")
        .contains(",Intakes,By window," + window + "," + windowName + ",Count,2,items\r\n");
  }

  @Test
  void shouldExportXlsxThatPoiReadsWithTheSameNumbers() throws Exception {
    MvcResult r = download(period("/api/v1/consultation/numbers.xlsx").with(user(coordinator)));

    try (var workbook =
        new XSSFWorkbook(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("相談つなぎ実績");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("期間開始");
      assertThat(value(sheet, "窓口別", windowName, "件数")).isEqualTo(2.0);
      assertThat(value(sheet, "受付後の対応", "ケースにした", "件数")).isEqualTo(1.0);
      assertThat(value(sheet, "受付から初回接触まで", "全体", "中央値")).isEqualTo(2.5);
      assertThat(value(sheet, "つなぎから回答まで", "全体", "中央値")).isEqualTo(72.0);
    }
    assertThat(r.getResponse().getContentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(exportsAudited(coordinator)).isEqualTo(1);
  }

  private static double value(Sheet sheet, String dimension, String item, String measure) {
    for (Row row : sheet) {
      if (row.getRowNum() > 0
          && row.getCell(3).getStringCellValue().equals(dimension)
          && row.getCell(5).getStringCellValue().equals(item)
          && row.getCell(6).getStringCellValue().equals(measure)) {
        return row.getCell(7).getNumericCellValue();
      }
    }
    throw new AssertionError("no line " + dimension + " / " + item + " / " + measure);
  }

  @Test
  void shouldRefuseThePageApiAndExportsToRolesWithoutNumbersRead() throws Exception {
    CurrentUser agencyWorker = data.user(org, Role.AGENCY_WORKER);
    mvc.perform(period("/consultation/numbers").with(user(agencyWorker)))
        .andExpect(status().isForbidden());
    mvc.perform(period("/api/v1/consultation/numbers").with(user(agencyWorker)))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.title").value("この操作を行う権限がありません。"));
    mvc.perform(period("/consultation/numbers.csv").with(user(agencyWorker)))
        .andExpect(status().isForbidden());
    mvc.perform(period("/api/v1/consultation/numbers.xlsx").with(user(agencyWorker)))
        .andExpect(status().isForbidden());
    assertThat(
            data.count(
                "platform.audit_entry WHERE action = 'EXPORT' AND actor_user_id = "
                    + agencyWorker.id()))
        .isZero();
  }

  @Test
  void shouldLinkTheNumbersInTheMenuOnlyForReadersOfNumbers() throws Exception {
    for (CurrentUser reader : List.of(coordinator, data.user(org, Role.EVALUATOR))) {
      mvc.perform(get("/").with(user(reader)))
          .andExpect(content().string(containsString("href=\"/numbers\"")));
      mvc.perform(get("/numbers").with(user(reader)))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("href=\"/consultation/numbers\"")))
          .andExpect(content().string(containsString("相談・つなぎの実績")));
    }
    CurrentUser worker = data.user(org, Role.AGENCY_WORKER);
    mvc.perform(get("/").with(user(worker)))
        .andExpect(content().string(not(containsString("href=\"/numbers\""))));
    mvc.perform(get("/numbers").with(user(worker))).andExpect(status().isForbidden());
  }

  @Test
  void shouldDescribeTheNumbersInTheOpenApiDocument() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/consultation/numbers'].get").exists())
        .andExpect(
            jsonPath("$.paths['/api/v1/consultation/numbers.csv'].get.responses['200'].content")
                .value(hasKey("text/csv")))
        .andExpect(jsonPath("$.paths['/api/v1/consultation/numbers.xlsx'].get").exists())
        .andExpect(jsonPath("$.components.schemas.ConsultationNumbers").exists());
  }

  @Test
  void shouldRequireSignInForTheApi() throws Exception {
    mvc.perform(period("/api/v1/consultation/numbers")).andExpect(status().isUnauthorized());
    mvc.perform(period("/consultation/numbers"))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", containsString("/login")));
  }
}
