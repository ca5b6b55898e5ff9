package org.tsunagu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.support.Browser;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;
import org.tsunagu.watch.WatchFixture;

/**
 * A coordinator records a 見守り協定 on a phone-sized screen: the chain's rows come filled with the desk
 * and their own office, the check names the step that cannot reach anyone, and once the address is
 * in, the agreement is listed with its chain.
 */
@IntegrationTest
@Import(WatchFixture.class)
class WatchAgreementBrowserTest {

  static Browser browser;

  @LocalServerPort int port;
  @Autowired WatchFixture fixture;

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
  void shouldRecordAnAgreementWithItsChainOnAPhone() {
    WatchFixture.Network n = fixture.network();
    String name = TestData.unique("古河市見守り協定");
    try (BrowserContext phone = browser.phone()) {
      Page page = login(phone, n.coordinator());
      page.navigate("http://localhost:" + port + "/watch/agreements/new");
      page.getByLabel("協定の相手（市町村）").selectOption(new SelectOption().setValue("" + n.city()));
      page.getByLabel("協定の名称").fill(name);
      page.getByLabel("通報窓口の名称").fill("古河市 高齢福祉課");
      page.getByLabel("通報窓口のメールアドレス").fill("desk@koga.example.jp");
      Locator second = page.locator("fieldset.chain-step").nth(1);
      assertThat(second.getByLabel("連絡する相手")).hasValue("ORGANIZATION");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登録する")).click();

      assertThat(page.locator("fieldset.chain-step").nth(1).locator(".error"))
          .containsText("連絡できる宛先");
      assertThat(page.getByLabel("協定の名称")).hasValue(name);
      Number width = (Number) page.evaluate("document.documentElement.scrollWidth");
      assertThat(width.intValue()).as("no sideways scroll").isLessThanOrEqualTo(360);
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(java.nio.file.Path.of("target/screenshots/watch-agreement-form.png"))
              .setFullPage(true));

      page.locator("fieldset.chain-step")
          .nth(1)
          .getByLabel("メールアドレス")
          .fill("office@shakyo.example.jp");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登録する")).click();
      assertThat(page).hasURL(Pattern.compile("/watch/agreements$"));
      assertThat(page.getByText("見守り協定を登録しました。")).isVisible();
      Locator card = page.locator("article").filter(new Locator.FilterOptions().setHasText(name));
      assertThat(card.locator("ol li")).hasCount(2);
      assertThat(card.locator("ol li").first()).containsText("古河市 高齢福祉課");
    }
  }

  private Page login(BrowserContext context, CurrentUser user) {
    return Browser.signedIn(context, port, user);
  }
}
