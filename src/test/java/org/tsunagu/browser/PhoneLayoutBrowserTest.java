package org.tsunagu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
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

/** The header on a phone, its menu by keyboard, and the 文字サイズ buttons, in headless Chromium. */
@IntegrationTest
class PhoneLayoutBrowserTest {

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

  @Test
  void shouldStartEachRolesPageWithinTheFirst80PixelsOnAPhone() {
    for (Role role : List.of(Role.COORDINATOR, Role.ADMIN, Role.MEMBER, Role.SALON_HOST)) {
      try (BrowserContext context = browser.phone()) {
        Page page = signIn(context, role(role));
        for (String path : List.of("/", "/settings")) {
          page.navigate(url(path));
          screenshot(page, "phone-top-" + role.name().toLowerCase() + path.replace('/', '-'));
          double top = page.locator("#main").boundingBox().y;
          assertThat(top).as("%s %s: top of the page content", role, path).isLessThanOrEqualTo(80);
          assertThat(scrollWidth(page))
              .as("%s %s: %s", role, path, overflowing(page))
              .isLessThanOrEqualTo(360);
        }
        screenshot(page, "phone-header-" + role.name().toLowerCase());
      }
    }
  }

  @Test
  void shouldOpenAndCloseTheMenuByKeyboardOnAPhoneAndShowTheLinksOnADesktop() {
    CurrentUser coordinator = role(Role.COORDINATOR);
    try (BrowserContext context = browser.phone()) {
      Page page = signIn(context, coordinator);
      Locator menu = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("メニュー"));
      Locator persons = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("住民"));
      assertThat(menu).hasAttribute("aria-expanded", "false");
      assertThat(persons).isHidden();

      for (int i = 0; i < 6 && !isFocused(menu); i++) {
        page.keyboard().press("Tab");
      }
      assertThat(menu).isFocused();
      page.keyboard().press("Enter");
      assertThat(menu).hasAttribute("aria-expanded", "true");
      assertThat(persons).isVisible();
      screenshot(page, "phone-menu-open");
      page.keyboard().press("Tab");
      assertThat(page.locator("#site-menu nav a").first()).isFocused();
      page.keyboard().press("Escape");
      assertThat(menu).hasAttribute("aria-expanded", "false");
      assertThat(menu).isFocused();
      assertThat(persons).isHidden();
      page.keyboard().press("Space");
      assertThat(persons).isVisible();
      persons.click();
      assertThat(page).hasURL(Pattern.compile("/persons$"));
    }
    try (BrowserContext context = browser.desktop()) {
      Page page = signIn(context, coordinator);
      assertThat(page.locator(".menu-toggle")).isHidden();
      assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("住民")))
          .isVisible();
      assertThat(page.locator("#main").boundingBox().y).isLessThanOrEqualTo(160);
    }
  }

  @Test
  void shouldRememberTheTextSizeAcrossSignInsWithoutHorizontalScrollAt200Percent() {
    CurrentUser member = role(Role.MEMBER);
    try (BrowserContext context = browser.phone()) {
      Page page = signIn(context, member);
      page.navigate(url("/settings"));
      Locator extraLarge =
          page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("特大"));
      extraLarge.click();
      assertThat(page).hasURL(Pattern.compile("/settings$"));
      assertThat(page.locator("html")).hasClass(Pattern.compile("text-extra-large"));
      assertThat(extraLarge).hasAttribute("aria-pressed", "true");
      assertThat(page.locator("html")).hasCSS("font-size", "32px");
      assertThat(scrollWidth(page)).as(overflowing(page)).isLessThanOrEqualTo(360);
      screenshot(page, "phone-extra-large-settings");

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("メニュー")).click();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログアウト")).click();
      assertThat(page).hasURL(Pattern.compile("/login"));
      assertThat(page.locator("html")).not().hasClass(Pattern.compile("text-extra-large"));

      signInOn(page, member);
      assertThat(page.locator("html")).hasClass(Pattern.compile("text-extra-large"));
      assertThat(scrollWidth(page)).as(overflowing(page)).isLessThanOrEqualTo(360);
      screenshot(page, "phone-extra-large-home");
    }
  }

  @Test
  void shouldKeepFormsWithinAPhoneAt200Percent() {
    CurrentUser salon = role(Role.SALON_HOST);
    CurrentUser coordinator = role(Role.COORDINATOR);
    try (BrowserContext context = browser.phone()) {
      Page page = signIn(context, salon);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("特大")).click();
      page.navigate(url("/card"));
      assertThat(page.locator("html")).hasClass(Pattern.compile("text-extra-large"));
      assertThat(scrollWidth(page))
          .as("つながりカード at 200%%: %s", overflowing(page))
          .isLessThanOrEqualTo(360);
      screenshot(page, "phone-extra-large-card");
    }
    try (BrowserContext context = browser.phone()) {
      Page page = signIn(context, coordinator);
      page.navigate(url("/settings"));
      page.getByLabel("特大（2倍）").check();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存する")).first().click();
      for (String path : List.of("/persons/new", "/intakes/new", "/persons")) {
        page.navigate(url(path));
        assertThat(scrollWidth(page))
            .as("%s at 200%%: %s", path, overflowing(page))
            .isLessThanOrEqualTo(360);
      }
    }
  }

  private CurrentUser role(Role role) {
    OrganizationType type =
        switch (role) {
          case MEMBER -> OrganizationType.COOP;
          case SALON_HOST -> OrganizationType.VOLUNTEER_GROUP;
          default -> OrganizationType.SHAKYO;
        };
    return data.user(data.organization(type), role);
  }

  private Page signIn(BrowserContext context, CurrentUser user) {
    return Browser.signedIn(context, port, user);
  }

  private void signInOn(Page page, CurrentUser user) {
    Browser.signIn(page, port, user);
  }

  private static boolean isFocused(Locator locator) {
    return (Boolean) locator.evaluate("e => e === document.activeElement");
  }

  private static int scrollWidth(Page page) {
    return ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
  }

  /**
   * The elements that stick out of their parent to the right, to name in a failure (on a phone the
   * whole page widens to the widest element, so the screen's edge would name them all).
   */
  private static String overflowing(Page page) {
    return String.valueOf(
        page.evaluate(
            "() => Array.from(document.querySelectorAll('body *')).filter(e => e.parentElement"
                + " && e.getBoundingClientRect().right >"
                + " e.parentElement.getBoundingClientRect().right + 1).slice(0, 8).map(e =>"
                + " e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' +"
                + " String(e.className).split(' ').join('.') : '') + ' in ' +"
                + " e.parentElement.tagName.toLowerCase() + ' ' +"
                + " Math.round(e.getBoundingClientRect().width))"));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private static void screenshot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions()
            .setFullPage(true)
            .setPath(Path.of("target/screenshots/" + name + ".png")));
  }
}
