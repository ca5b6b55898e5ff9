package org.tsunagu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.support.Browser;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.watch.WatchFixture;
import org.tsunagu.watch.internal.alert.EscalationTicker;

/**
 * The door report on a phone in a few taps; the alert walks its chain as the clock the test gives
 * the escalation advances; the co-op office and then the 包括 see it on their board, the 包括 takes it
 * and records the outcome, which closes it.
 */
@IntegrationTest
@Import(WatchFixture.class)
class WatchBrowserTest {

  static Browser browser;

  @LocalServerPort int port;
  @Autowired WatchFixture fixture;
  @Autowired EscalationTicker escalation;

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
  void shouldReportAtTheDoorAndWalkTheChainUntilAnOutcomeClosesIt() {
    WatchFixture.Network n = fixture.network();
    long target = fixture.target(n);
    try (BrowserContext phone = browser.phone()) {
      Page page = login(phone, n.driver());
      // The home's first large button.
      page.locator("main a.button.big").first().click();
      assertThat(page).hasURL(java.util.regex.Pattern.compile("/watch/route$"));
      assertThat(page.getByText("犬がいます")).isVisible();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("異変を知らせる")).first().click();
      assertThat(page.getByText("先に119番")).isVisible();
      page.getByText("新聞・郵便物がたまっている").click();
      page.getByText("いつもと違い玄関に出てこない").click();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送信する")).click();
      assertThat(page.getByText("送信しました")).isVisible();
      assertThat(page.getByText("今日、異変を知らせました")).isVisible();
      Number width = (Number) page.evaluate("document.documentElement.scrollWidth");
      assertThat(width.intValue()).as("no sideways scroll").isLessThanOrEqualTo(360);
    }
    long alert = fixture.count("SELECT id FROM watch.alert WHERE target_id = ?", target);
    Instant opened =
        fixture
            .jdbc()
            .sql("SELECT opened_at FROM watch.alert WHERE id = ?")
            .param(alert)
            .query(Instant.class)
            .single();

    try (BrowserContext office = browser.desktop()) {
      Page page = login(office, n.coopStaff());
      page.navigate(url("/watch/alerts"));
      assertThat(page.locator(".alert-urgent, .alert-open").first()).containsText("No." + alert);
      assertThat(page.getByText("あなた宛て").first()).isVisible();
    }
    // Fifteen minutes pass without the co-op office confirming: the 包括 is told.
    escalation.runDue(opened.plus(Duration.ofMinutes(16)));
    try (BrowserContext houkatsu = browser.phone()) {
      Page page = login(houkatsu, n.agency());
      page.navigate(url("/watch/alerts/" + alert));
      assertThat(page.locator("tr.current")).containsText("2");
      assertThat(page.getByText("期限までに確認なし")).isVisible();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("確認して引き受ける")).click();
      assertThat(page.getByText("確認しました。連絡網の残りの連絡は止めました。")).isVisible();
      page.getByText("結果を記録して終了する").click();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("結果を記録する")).click();
      assertThat(page.getByText("結果を選んでください。")).isVisible();
      page.getByText("無事", new Page.GetByTextOptions().setExact(true)).click();
      page.getByLabel("メモ").fill("訪問して無事を確認。風邪で寝ていた。");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("結果を記録する")).click();
      assertThat(page.getByText("結果を記録し、警報を終了しました。")).isVisible();
      // The 包括 saw the person only for this alert: with it closed, it sees them no more.
      assertThat(page.getByText("No." + alert)).hasCount(0);
      assertThat(page.navigate(url("/watch/alerts/" + alert)).status()).isEqualTo(404);
    }
    assertThat(
            fixture
                .jdbc()
                .sql("SELECT status FROM watch.alert WHERE id = ?")
                .param(alert)
                .query(String.class)
                .single())
        .isEqualTo("CLOSED");
  }

  @Test
  void shouldKeepAReportSentWithoutSignalOnThePhoneAndStoreItOnceWhenTheSignalReturns() {
    WatchFixture.Network n = fixture.network();
    long target = fixture.target(n);
    try (BrowserContext phone = browser.phone()) {
      Page page = login(phone, n.driver());
      page.navigate(url("/watch/route/" + target));
      page.getByText("急にやせた").click();
      phone.setOffline(true);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送信する")).click();
      assertThat(page.getByText("この端末に保存しました")).isVisible();
      // Tapped again in the dead spot: still one report waiting.
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送信する")).click();
      assertThat(reports(target)).isZero();
      phone.setOffline(false);
      page.evaluate("window.dispatchEvent(new Event('online'))");
      page.waitForCondition(() -> reports(target) == 1);
      page.navigate(url("/watch/route"));
      assertThat(page.getByText("この端末に保存しました")).isHidden();
      page.waitForTimeout(500);
      assertThat(reports(target)).as("stored once").isEqualTo(1);
    }
    assertThat(
            fixture.count(
                "SELECT count(*) FROM watch.observation WHERE target_id = ? AND received_at >"
                    + " observed_at",
                target))
        .as("the phone's time of the report is kept")
        .isEqualTo(1);
  }

  private long reports(long target) {
    return fixture.count("SELECT count(*) FROM watch.observation WHERE target_id = ?", target);
  }

  private Page login(BrowserContext context, CurrentUser user) {
    return Browser.signedIn(context, port, user);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
