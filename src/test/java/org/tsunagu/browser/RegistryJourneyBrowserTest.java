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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsunagu.people.AreaLevel;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.internal.area.Areas;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.Browser;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/** The registry's critical journeys in headless Chromium, on desktop and phone sizes. */
@IntegrationTest
class RegistryJourneyBrowserTest {

  static Browser browser;

  @LocalServerPort int port;
  @Autowired TestData data;
  @Autowired Areas areas;

  CurrentUser coordinator;

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

  @BeforeEach
  void setUp() {
    coordinator = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    if (areas.findByName("本町二丁目").isEmpty()) {
      long city =
          areas
              .findByName("古河市")
              .orElseGet(() -> areas.create(null, AreaLevel.MUNICIPALITY, "古河市", null, null, null));
      areas.create(city, AreaLevel.TOWN, "本町二丁目", null, null, null);
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private Page login(BrowserContext context) {
    Page page = Browser.signedIn(context, port, coordinator);
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("今日の仕事")))
        .isVisible();
    return page;
  }

  @Test
  void shouldRegisterFromPostcodeFindByKanaThreeWaysAndRecordConsent() {
    try (BrowserContext context = browser.desktop()) {
      Page page = login(context);
      page.navigate(url("/persons/new"));
      String family = "古河" + (System.nanoTime() % 1000);
      page.locator("#familyName").fill(family);
      page.locator("#givenName").fill("咲子");
      page.locator("#familyKana").fill("こがし");
      page.locator("#givenKana").fill("さきこ");
      page.locator("#birthEra").selectOption("S");
      page.locator("#birthYear").fill("12");
      page.locator("#birthMonth").fill("3");
      page.locator("#birthDay").fill("4");
      page.getByLabel("郵便番号").fill("306-0023");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("住所を検索")).click();
      assertThat(page.locator("#municipality")).hasValue("古河市");
      assertThat(page.locator("#prefecture")).hasValue("茨城県");
      page.locator("#areaId")
          .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("本町二丁目"));
      page.locator("#addressLine").fill("本町2-5-8");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存する")).click();
      assertThat(page.getByText("登録しました。")).isVisible();
      assertThat(page.getByText("昭和12年3月4日生まれ", new Page.GetByTextOptions().setExact(false)))
          .isVisible();
      screenshot(page, "person-page");

      for (String typed : new String[] {"コガシ サキコ", "こがし　さきこ", "ｺｶﾞｼ ｻｷｺ"}) {
        page.navigate(url("/persons"));
        page.getByLabel("氏名・ふりがなで検索").fill(typed);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("検索する")).click();
        assertThat(page.locator("#results").getByText(family + " 咲子")).isVisible();
      }
      page.locator("#results").getByText(family + " 咲子").click();

      page.locator("#record-consent").click();
      page.locator("#purpose").selectOption("CONSULTATION");
      page.locator("#scope").selectOption("type:COMMUNITY_CARE_CENTER");
      page.locator("#givenByProxy").check();
      page.getByLabel("代理人の氏名").fill("古河 一郎");
      page.getByLabel("本人との関係").fill("長男");
      page.locator("#consent-form")
          .getByRole(
              AriaRole.BUTTON,
              new com.microsoft.playwright.Locator.GetByRoleOptions().setName("同意を記録する"))
          .click();
      assertThat(page.getByText("同意を記録しました。")).isVisible();
      screenshot(page, "consent-recorded");
      assertThat(page.locator("table.data td").getByText("地域包括支援センター（すべて）")).isVisible();
      assertThat(page.locator("table.data td").getByText("代理人：古河 一郎（長男）")).isVisible();
    }
  }

  @Test
  void shouldListEveryBadRowOfAnImportAndWriteNothing() {
    long before = data.count("people.person");
    try (BrowserContext context = browser.desktop()) {
      Page page = login(context);
      page.navigate(url("/imports"));
      String csv =
          "氏,名,氏カナ,名カナ,生年月日,性別,郵便番号,住所,電話,世帯番号,独居,地区\n"
              + "取込,一郎,トリコミ,イチロウ,S15.4.1,男,306-0023,本町1-1,,,はい,\n"
              + "取込,二郎,トリコミ,ジロウ,2023-02-30,男,306-0023,本町1-2,,,いいえ,\n"
              + "取込,三郎,トリコミ,サブロウ,昭和20年1月1日,男,306-0023,本町1-3,,,いいえ,存在しない町\n";
      page.locator("#file")
          .setInputFiles(
              new FilePayload("bad.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("取り込む")).click();
      assertThat(page.getByText("ファイル全体を取り込みませんでした", new Page.GetByTextOptions().setExact(false)))
          .isVisible();
      assertThat(page.getByText("3行目")).isVisible();
      assertThat(page.getByText("存在しない日付です。")).isVisible();
      assertThat(page.getByText("4行目")).isVisible();
      assertThat(page.getByText("地区「存在しない町」は登録されていません。")).isVisible();
      screenshot(page, "import-errors");
    }
    assertThat(data.count("people.person")).isEqualTo(before);
  }

  @Test
  void shouldWorkOnPhoneWidthWithLargeText() {
    try (BrowserContext context = browser.phone()) {
      Page page = login(context);
      page.navigate(url("/settings"));
      page.getByLabel("大（1.5倍）").check();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存する")).click();
      assertThat(page.locator("html")).hasClass(java.util.regex.Pattern.compile("text-large"));
      page.navigate(url("/persons/new"));
      int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
      assertThat(width).isLessThanOrEqualTo(360);
      screenshot(page, "phone-form");
    }
  }

  private static void screenshot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions()
            .setFullPage(true)
            .setPath(Path.of("target/screenshots/" + name + ".png")));
  }
}
