package org.tsunagu.consultation.internal.numbers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.Browser;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * The numbers page's charts in headless Chromium, on a phone and a desktop: each drawn on a canvas
 * of real size with its data table, no sideways scrolling, and saved as a PNG.
 */
@IntegrationTest
class NumbersChartsBrowserTest {

  static Browser browser;

  @LocalServerPort int port;
  @Autowired TestData data;
  @Autowired JdbcClient jdbc;

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
  void shouldDrawEveryChartWithItsTableOnAPhoneAndADesktop() throws Exception {
    long org = data.organization(OrganizationType.SHAKYO);
    CurrentUser coordinator = data.user(org, Role.COORDINATOR);
    ConsultationRows rows = new ConsultationRows(jdbc, coordinator.id());
    long window = rows.window(TestData.unique("とても長い名前の地域の福祉相談窓口"), org, null);
    rows.intake(window, "PHONE", "2008-05-01T10:00", "NEW", null);
    rows.intake(window, "PHONE", "2007-07-01T10:00", "NEW", null);

    check(browser::phone, coordinator, "phone");
    check(browser::desktop, coordinator, "desktop");
  }

  private void check(Supplier<BrowserContext> open, CurrentUser user, String name)
      throws Exception {
    try (BrowserContext context = open.get()) {
      Page page = context.newPage();
      page.navigate("http://localhost:" + port + "/login");
      page.getByLabel("ユーザー名").fill(user.getUsername());
      page.getByLabel("パスワード").fill(TestData.PASSWORD);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログインする")).click();
      page.waitForURL("**/");
      page.navigate(
          "http://localhost:" + port + "/consultation/numbers?from=2008-04-01&to=2009-03-31");

      Locator figures = page.locator("figure[data-chart]");
      assertThat(figures).hasCount(3);
      for (int i = 0; i < 3; i++) {
        Locator figure = figures.nth(i);
        Locator canvas = figure.locator("canvas");
        assertThat(canvas).hasAttribute("role", "img");
        assertThat(canvas).hasAttribute("aria-label", Pattern.compile("平成20年度"));
        var box = canvas.boundingBox();
        assertThat(box.width).as(name + " canvas width").isGreaterThan(100);
        assertThat(box.height).as(name + " canvas height").isGreaterThan(100);
        assertThat(figure.locator("table.chart-data")).isVisible();
        assertThat(figure).hasAttribute("data-drawn", "true");
      }
      assertThat(figures.first().locator("table thead")).containsText("平成19年度");
      int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
      int viewport = ((Number) page.evaluate("window.innerWidth")).intValue();
      assertThat(scrollWidth).as(name + " horizontal scroll").isLessThanOrEqualTo(viewport);

      Download png =
          page.waitForDownload(
              () ->
                  page.getByRole(
                          AriaRole.BUTTON,
                          new Page.GetByRoleOptions()
                              .setName("月別の相談受付件数（平成20年度と平成19年度）を画像（PNG）として保存"))
                      .click());
      assertThat(png.suggestedFilename()).isEqualTo("chart-intakes-by-month.png");
      byte[] bytes = Files.readAllBytes(png.path());
      assertThat(bytes).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
      page.screenshot(
          new Page.ScreenshotOptions()
              .setFullPage(true)
              .setPath(Path.of("target/screenshots/numbers-charts-" + name + ".png")));
    }
  }
}
