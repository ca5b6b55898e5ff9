package org.tsunagu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.Browser;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * A municipality's list with its own headings, imported on a phone: the mapping step comes with its
 * guesses, fits 360 px without sideways scrolling, and the import then runs to the end.
 */
@IntegrationTest
class ImportMappingBrowserTest {

  static Browser browser;

  @LocalServerPort int port;
  @Autowired TestData data;

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

  private static void noSidewaysScroll(Page page) {
    int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
    int viewport = ((Number) page.evaluate("window.innerWidth")).intValue();
    assertThat(scrollWidth).isLessThanOrEqualTo(viewport);
  }

  @Test
  void shouldMapAListsHeadingsOnAPhone() {
    CurrentUser coordinator =
        data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    String family = TestData.unique("電話取込");
    String csv =
        "氏名,フリガナ,生年月日,性別,住所,ひとり暮らし\n" + family + " 花子,ﾄﾘｺﾐ ﾊﾅｺ,昭和15年4月1日,女,本町一丁目一番地の長い住所の例,はい\n";
    try (BrowserContext phone = browser.phone()) {
      Page page = Browser.signedIn(phone, port, coordinator);
      page.navigate("http://localhost:" + port + "/imports");
      noSidewaysScroll(page);
      page.getByLabel("ファイル（CSV・Excel）")
          .setInputFiles(
              new FilePayload("名簿.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("取り込む")).click();

      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("見出しの対応づけ")))
          .isVisible();
      assertThat(page.locator("[id='source.familyName']")).hasValue("1:氏名");
      assertThat(page.locator("[id='source.givenKana']")).hasValue("2:フリガナ");
      noSidewaysScroll(page);
      page.screenshot(
          new Page.ScreenshotOptions()
              .setFullPage(true)
              .setPath(Path.of("target/screenshots/import-mapping-phone.png")));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("この対応づけで取り込む")).click();
      assertThat(page.getByText("1人を登録しました。")).isVisible();
    }
  }
}
