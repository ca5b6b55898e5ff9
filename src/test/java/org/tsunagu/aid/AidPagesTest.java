package org.tsunagu.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.aid.internal.settlement.SettlementAwait;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.time.TokyoClock;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * Mutual aid on screens: the coordinator takes a request and confirms a supporter, the supporter
 * reports on their phone, the month is settled and its statement read back from the PDF and the
 * xlsx; bad input comes back beside its field, and other roles find nothing.
 */
@IntegrationTest
@Import(AidFixture.class)
class AidPagesTest {

  @Autowired MockMvc mvc;
  @Autowired AidFixture fixture;
  @Autowired TestData data;
  @Autowired TokyoClock clock;
  @Autowired JdbcClient jdbc;

  AidFixture.Scheme s;

  @BeforeEach
  void setUp() {
    s = fixture.scheme();
  }

  @Test
  void shouldTakeConfirmReportAndSettleOnScreens() throws Exception {
    LocalDate day =
        YearMonth.now(clock)
            .minusMonths(1)
            .atDay(15)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
    String base = "/aid/programmes/" + s.programme();
    mvc.perform(get("/aid").with(user(s.coordinator())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("1時間750円")));
    String location =
        clock.callAt(
            day.minusDays(3).atTime(9, 0).atZone(clock.getZone()).toInstant(),
            () -> {
              try {
                return mvc.perform(
                        post(base + "/requests")
                            .with(user(s.coordinator()))
                            .with(csrf())
                            .param("recipientId", "" + s.recipient())
                            .param("service", "SHOPPING")
                            .param("date", day.toString())
                            .param("starts", "10:00")
                            .param("minutes", "90")
                            .param("weeks", "1"))
                    .andExpect(redirectedUrlPattern(base + "/requests/*"))
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    long request = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    long reads = data.auditCount("READ", "person", s.recipientPerson());
    mvc.perform(get(location).with(user(s.coordinator())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("同じ地区")))
        .andExpect(content().string(containsString("水曜午前が可能")));
    assertThat(data.auditCount("READ", "person", s.recipientPerson())).isEqualTo(reads + 1);
    mvc.perform(
            post(location + "/confirmation")
                .with(user(s.coordinator()))
                .with(csrf())
                .param("supporterId", "" + s.supporter()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/aid/tasks").with(user(s.supporterLogin())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("買い物")));
    clock.runAt(
        day.atTime(13, 0).atZone(clock.getZone()).toInstant(),
        () -> {
          try {
            mvc.perform(
                    post("/aid/tasks/" + request + "/report")
                        .with(user(s.supporterLogin()))
                        .with(csrf())
                        .param("started", "10:00")
                        .param("ended", "11:20")
                        .param("done", "")
                        .param("idempotencyKey", "page-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("入力してください")));
            mvc.perform(
                    post("/aid/tasks/" + request + "/report")
                        .with(user(s.supporterLogin()))
                        .with(csrf())
                        .param("started", "10:00")
                        .param("ended", "11:20")
                        .param("done", "スーパーで買い物")
                        .param("travelYen", "300")
                        .param("idempotencyKey", "page-2"))
                .andExpect(status().is3xxRedirection());
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
    String month = YearMonth.from(day).toString();
    mvc.perform(
            post(base + "/settlements")
                .with(user(s.coordinator()))
                .with(csrf())
                .param("month", month))
        .andExpect(status().is3xxRedirection());
    SettlementAwait.until(() -> settlementPage(base + "/settlements/" + month), "CLOSED");
    mvc.perform(get(base + "/settlements/" + month).with(user(s.coordinator())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("締め済み")))
        .andExpect(content().string(containsString("1,425円")));
    byte[] pdf =
        mvc.perform(
                get(base + "/members/" + s.recipient() + "/statements/" + month + ".pdf")
                    .with(user(s.coordinator())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("明細書").contains("ご請求額").contains("1,425円");
      assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
    }
    byte[] xlsx =
        mvc.perform(get(base + "/settlements/" + month + ".xlsx").with(user(s.coordinator())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    mvc.perform(get("/aid/numbers").with(user(s.coordinator())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("サービス別 活動件数")))
        .andExpect(content().string(containsString("買い物")));
    mvc.perform(get("/aid/numbers/months?format=csv").with(user(s.coordinator())))
        .andExpect(status().isOk());
    mvc.perform(get("/aid/numbers").with(user(s.supporterLogin())))
        .andExpect(status().isNotFound());
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var sheet = book.getSheetAt(0);
      double owed = 0;
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        owed += sheet.getRow(r).getCell(2).getNumericCellValue();
      }
      assertThat(owed).isEqualTo(1425);
    }
  }

  @Test
  void shouldShowProblemsBesideTheirFieldsAndStoreNothing() throws Exception {
    String base = "/aid/programmes/" + s.programme();
    long before = count();
    mvc.perform(
            post(base + "/requests")
                .with(user(s.coordinator()))
                .with(csrf())
                .param("recipientId", "abc")
                .param("service", "<script>")
                .param("date", "2020-13-45")
                .param("starts", "朝")
                .param("minutes", "-5")
                .param("weeks", "999"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("利用会員を選んでください")))
        .andExpect(content().string(containsString("時刻は「10:00」の形で")))
        .andExpect(content().string(not(containsString("<script>"))));
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void shouldLetAMemberAskInLargeTextAndHideTheOfficeFromOtherRoles() throws Exception {
    mvc.perform(get("/aid/ask").with(user(s.memberLogin())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("頼みたいこと")));
    mvc.perform(
            post("/aid/ask")
                .with(user(s.memberLogin()))
                .with(csrf())
                .param("service", "CLEANING")
                .param("date", LocalDate.now(clock).plusDays(3).toString())
                .param("starts", "14:00")
                .param("minutes", "60"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/aid/ask").with(user(s.memberLogin())))
        .andExpect(content().string(containsString("担当未定")));
    String office = "/aid/programmes/" + s.programme();
    for (Role role : new Role[] {Role.SUPPORTER, Role.MEMBER, Role.WATCHER, Role.EVALUATOR}) {
      mvc.perform(get(office).with(user(data.user(s.organization(), role))))
          .andExpect(status().isNotFound());
    }
    var otherCoordinator =
        data.user(data.organization(org.tsunagu.people.OrganizationType.COOP), Role.COORDINATOR);
    mvc.perform(get(office).with(user(otherCoordinator))).andExpect(status().isNotFound());
    mvc.perform(get("/aid/tasks").with(user(s.coordinator()))).andExpect(status().isNotFound());
  }

  private long count() {
    return jdbc.sql("SELECT count(*) FROM aid.help_request WHERE programme_id = ?")
        .param(s.programme())
        .query(Long.class)
        .single();
  }

  /** The month page as the coordinator watches it: CLOSED once it shows 締め済み. */
  private String settlementPage(String path) {
    try {
      String html =
          mvc.perform(get(path).with(user(s.coordinator())))
              .andReturn()
              .getResponse()
              .getContentAsString();
      return html.contains("締め済み") ? "CLOSED" : "RUNNING";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
