package org.tsunagu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.Browser;
import org.tsunagu.support.ConsultationData;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * The coordinator's work list with its counts and a filter, at 360 px and on a desktop; each field
 * role's home at 360 px with its large button or its line of what it can do.
 */
@IntegrationTest
class WorkListBrowserTest {

  static Browser browser;

  @LocalServerPort int port;
  @Autowired TestData data;
  @Autowired ConsultationData consultation;
  @Autowired JdbcClient jdbc;

  CurrentUser coordinator;
  String family;

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

  /** One referral past its answer date and one awaited. */
  @BeforeEach
  void setUp() {
    coordinator = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    family = TestData.unique("画面");
    long person =
        data.register(coordinator, TestData.person(family, "一郎", "がめん", "いちろう", "1944-04-04"));
    long caseId =
        consultation.openCase(coordinator, person, EnumSet.of(SupportDomain.ELDERLY_CARE));
    List<Long> sent =
        consultation.refer(
            coordinator,
            caseId,
            null,
            data.organization(OrganizationType.COMMUNITY_CARE_CENTER),
            data.organization(OrganizationType.NPO));
    jdbc.sql(
            "UPDATE consultation.referral SET respond_by = (now() AT TIME ZONE 'Asia/Tokyo')::date - 3 WHERE id = ?")
        .param(sent.get(0))
        .update();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private Page login(BrowserContext context, CurrentUser user) {
    return Browser.signedIn(context, port, user);
  }

  private static Locator count(Page page, String kind) {
    return page.locator(".work-counts li").filter(new Locator.FilterOptions().setHasText(kind));
  }

  @Test
  void coordinatorScansCountsAndNarrowsToOverdueOnPhoneAndDesktop() {
    for (Function<Browser, BrowserContext> size :
        List.<Function<Browser, BrowserContext>>of(Browser::phone, Browser::desktop)) {
      try (BrowserContext context = size.apply(browser)) {
        Page page = login(context, coordinator);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("今日の仕事")))
            .isVisible();
        assertThat(count(page, "期限切れ").locator(".n")).hasText("1");
        assertThat(count(page, "回答待ち").locator(".n")).hasText("1");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("送ったつなぎ")))
            .isVisible();
        assertThat(page.locator(".worklist li").first()).containsText(family + " 一郎");
        assertThat(page.locator(".worklist li").first()).containsText("（期限切れ）");
        fitsTheWidth(page);
        screenshot(page, "worklist-" + page.viewportSize().width);

        page.getByLabel("種類", new Page.GetByLabelOptions().setExact(true))
            .selectOption(new SelectOption().setLabel("期限切れ"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("絞り込む")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("kind=overdue"));
        assertThat(page.locator(".worklist li")).hasCount(1);
        assertThat(count(page, "回答待ち").locator(".n")).hasText("0");
        assertThat(count(page, "期限切れ").locator("a")).hasAttribute("aria-current", "true");
      }
    }
  }

  @Test
  void eachFieldRoleSeesItsMainActionFirstAtPhoneWidth() {
    long coop = data.organization(OrganizationType.COOP);
    long shakyo = data.organization(OrganizationType.SHAKYO);
    Map<Role, String> firstThing =
        Map.of(
            Role.SALON_HOST, "つながりカードを書く",
            Role.WATCHER, "今日の訪問先",
            Role.DELIVERY_STAFF, "様子がちがう",
            Role.SUPPORTER, "応援者になっていただき",
            Role.MEMBER, "困ったことがあれば",
            Role.FOOD_BANK_STAFF, "食品の支援");
    firstThing.forEach(
        (role, text) -> {
          long org =
              switch (role) {
                case SALON_HOST -> data.organization(OrganizationType.VOLUNTEER_GROUP);
                case WATCHER -> shakyo;
                case FOOD_BANK_STAFF -> data.organization(OrganizationType.FOOD_BANK);
                default -> coop;
              };
          try (BrowserContext context = browser.phone()) {
            Page page = login(context, data.user(org, role));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("ホーム")))
                .isVisible();
            assertThat(page.getByText("今日対応が必要なことはありません")).hasCount(0);
            assertThat(page.getByText("今日の仕事")).hasCount(0);
            Locator main = page.locator("main").getByText(text).first();
            assertThat(main).isVisible();
            if (role == Role.SALON_HOST || role == Role.WATCHER) {
              Locator button = page.locator("a.button.big").first();
              assertThat(button).containsText(text);
              assertThat(button)
                  .hasAttribute("href", role == Role.WATCHER ? "/watch/route" : "/card");
              var box = button.boundingBox();
              assertThat(box.height).isGreaterThanOrEqualTo(72);
              assertThat(box.y + box.height)
                  .as("the button is on the first screen")
                  .isLessThan(740);
            }
            fitsTheWidth(page);
            screenshot(page, "home-" + role.name().toLowerCase());
          }
        });
  }

  private static void fitsTheWidth(Page page) {
    Object overflow =
        page.evaluate(
            "document.documentElement.scrollWidth > document.documentElement.clientWidth");
    assertThat(overflow).isEqualTo(false);
  }

  private static void screenshot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Path.of("target/screenshots/" + name + ".png"))
            .setFullPage(true));
  }
}
