package org.tsunagu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tsunagu.aid.AidFixture;
import org.tsunagu.platform.time.WorkingDays;
import org.tsunagu.support.Browser;
import org.tsunagu.support.IntegrationTest;

/**
 * Mutual aid in headless Chromium: a member asks for help on a phone, the coordinator confirms the
 * best-ranked supporter at the office, the supporter reports the visit on a phone-sized screen, and
 * at month end the coordinator settles the month and opens the statement, whose total is checked.
 */
@IntegrationTest
@Import(AidFixture.class)
class AidBrowserTest {

  static Browser browser;

  @LocalServerPort int port;
  @Autowired AidFixture fixture;
  @Autowired JdbcClient jdbc;
  @Autowired WorkingDays days;

  @BeforeAll
  static void launch() {
    browser = Browser.launch();
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void shouldAskMatchReportAndSettleWithTheStatementChecked() throws IOException {
    AidFixture.Scheme s = fixture.scheme();
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    LocalDate tomorrow = LocalDate.now(tokyo).plusDays(1);
    try (BrowserContext phone = browser.phone()) {
      Page page = Browser.signedIn(phone, port, s.memberLogin());
      page.locator("main a.button.big").first().click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("お手伝いを頼む")))
          .isVisible();
      page.getByText("買い物").click();
      page.getByLabel("日にち").fill(tomorrow.toString());
      page.getByLabel("時刻").fill("10:00");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("頼む")).click();
      assertThat(page.getByText("受け付けました")).isVisible();
      assertThat(page.getByText("担当未定")).isVisible();
      assertNoSidewaysScroll(page);
    }
    long request =
        jdbc.sql("SELECT id FROM aid.help_request WHERE recipient_id = ?")
            .param(s.recipient())
            .query(Long.class)
            .single();

    try (BrowserContext office = browser.desktop()) {
      Page page = Browser.signedIn(office, port, s.coordinator());
      page.navigate(url("/aid/programmes/" + s.programme() + "?week=" + tomorrow));
      page.locator(".worklist a")
          .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("担当未定"))
          .first()
          .click();
      assertThat(page.getByText("同じ地区").first()).isVisible();
      page.locator("form[action$='/confirmation'] button").first().click();
      assertThat(page.getByText("担当を決めました")).isVisible();
    }

    // A week later: the visit was on a weekday of last month.
    LocalDate day =
        YearMonth.now(tokyo)
            .minusMonths(1)
            .atDay(8)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
    jdbc.sql("UPDATE aid.help_request SET starts_at = ? WHERE id = ?")
        .params(java.sql.Timestamp.from(day.atTime(10, 0).atZone(tokyo).toInstant()), request)
        .update();

    try (BrowserContext phone = browser.phone()) {
      Page page = Browser.signedIn(phone, port, s.supporterLogin());
      page.navigate(url("/aid/tasks"));
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("活動を報告する")).click();
      page.getByLabel("始めた時刻").fill("10:00");
      page.getByLabel("終えた時刻").fill("11:10");
      page.getByLabel("したこと").fill("スーパーで食料品を購入");
      page.getByLabel("交通費（円）").fill("240");
      assertNoSidewaysScroll(page);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("報告を送る")).click();
      assertThat(page.getByText("報告を受け付けました")).isVisible();
      assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("活動を報告する")))
          .hasCount(0);
    }

    try (BrowserContext office = browser.desktop()) {
      Page page = Browser.signedIn(office, port, s.coordinator());
      page.navigate(url("/aid/programmes/" + s.programme() + "/settlements"));
      page.getByLabel("精算する月").selectOption(YearMonth.from(day).toString());
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("精算して締める")).click();
      // Settling runs in the background; the month page reloads itself until it is closed.
      assertThat(page.getByText("締め済み").first())
          .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
      int hourly = days.holidayName(day, Locale.JAPANESE).isPresent() ? 960 : 750;
      String owed = String.format("%,d円", hourly * 90 / 60 + 240);
      assertThat(page.locator("td", new Page.LocatorOptions().setHasText(owed)).first())
          .isVisible();
      String href =
          page.locator("tr", new Page.LocatorOptions().setHasText("利用会員"))
              .getByRole(
                  AriaRole.LINK,
                  new com.microsoft.playwright.Locator.GetByRoleOptions().setName("PDF"))
              .getAttribute("href");
      APIResponse pdf = office.request().get(url(href));
      assertThat(pdf.status()).isEqualTo(200);
      assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
      try (PDDocument doc = Loader.loadPDF(pdf.body())) {
        String text = new PDFTextStripper().getText(doc);
        assertThat(text)
            .contains(YearMonth.from(day).getYear() + "年")
            .contains("明細書")
            .contains("ご請求額")
            .contains(owed);
      }
    }
  }

  private static void assertNoSidewaysScroll(Page page) {
    Number width = (Number) page.evaluate("document.documentElement.scrollWidth");
    assertThat(width.intValue()).as("no sideways scroll").isLessThanOrEqualTo(360);
  }

  private String url(String path) {
    return path.startsWith("http") ? path : "http://localhost:" + port + path;
  }
}
