package org.tsunagu.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.tsunagu.platform.security.CurrentUser;

/**
 * Headless Chromium from Debian's package, driven by Playwright with nothing downloaded. Where
 * Chromium is absent the browser tests are skipped with the reason printed, except in CI ({@code
 * CI=true}), where they must run.
 */
public final class Browser implements AutoCloseable {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser browser;

  private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  public static Browser launch() {
    if (!Files.isExecutable(CHROMIUM)) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(
            "CI=true but " + CHROMIUM + " is missing: install Debian's chromium");
      }
      System.out.println(
          "Browser tests skipped: " + CHROMIUM + " not installed (apt-get install chromium)");
      Assumptions.abort("Chromium not installed at " + CHROMIUM);
    }
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    var browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run")));
    return new Browser(playwright, browser);
  }

  public BrowserContext desktop() {
    return watched(
        browser.newContext(new NewContextOptions().setViewportSize(1280, 900).setLocale("ja-JP")));
  }

  public BrowserContext phone() {
    return watched(
        browser.newContext(
            new NewContextOptions()
                .setViewportSize(360, 740)
                .setLocale("ja-JP")
                .setIsMobile(true)
                .setHasTouch(true)));
  }

  private static BrowserContext watched(BrowserContext context) {
    BrowserJournal.watch(context);
    return context;
  }

  /**
   * Signs the user in on the page and waits until the page it lands on has loaded: measured before
   * its style sheet applies, a page has the browser's default layout.
   */
  public static void signIn(Page page, int port, CurrentUser user) {
    page.navigate("http://localhost:" + port + "/login");
    page.getByLabel("ユーザー名").fill(user.getUsername());
    page.getByLabel("パスワード").fill(TestData.PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログインする")).click();
    page.waitForURL(url -> !url.contains("/login"));
  }

  /** A new page in the context with the user signed in. */
  public static Page signedIn(BrowserContext context, int port, CurrentUser user) {
    Page page = context.newPage();
    signIn(page, port, user);
    return page;
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
