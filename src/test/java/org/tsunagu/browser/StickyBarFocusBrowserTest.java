package org.tsunagu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.Browser;
import org.tsunagu.support.ConsultationData;
import org.tsunagu.support.CrawlUsers;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.SiteCrawler;
import org.tsunagu.support.TestData;

/**
 * WCAG 2.4.11 on a phone: on every page with a sticky (or fixed) bar that a role reaches from its
 * home, at 360 px in 標準 and 特大 (the 200 % the user's setting gives), tabbing through every
 * focusable element never leaves the focused one under such a bar, not even in part. Closed
 * disclosures are opened first, so the forms they hold are tabbed through too.
 */
@IntegrationTest
class StickyBarFocusBrowserTest {

  private static final int MAX_PAGES_PER_ROLE = 60;
  private static final int MAX_TABS_PER_PASS = 400;

  /** The html classes the 文字サイズ setting renders: 標準 has none. */
  private static final Map<String, String> TEXT_SIZES = Map.of("標準", "", "特大", "text-extra-large");

  /** Marks the sticky and fixed elements of the page, and resets the focus to the page's start. */
  private static final String PREPARE =
      """
      sizeClass => {
        document.documentElement.classList.remove('text-large', 'text-extra-large');
        if (sizeClass) document.documentElement.classList.add(sizeClass);
        document.querySelectorAll('details').forEach(d => d.open = true);
        document.querySelectorAll('[data-test-bar]').forEach(e => delete e.dataset.testBar);
        document.querySelectorAll('[data-tab-seen]').forEach(e => delete e.dataset.tabSeen);
        let bars = 0;
        for (const e of document.querySelectorAll('body *')) {
          const position = getComputedStyle(e).position;
          if (position === 'sticky' || position === 'fixed') { e.dataset.testBar = ''; bars++; }
        }
        window.lastFocused = null;
        if (document.activeElement) document.activeElement.blur();
        window.scrollTo(0, 0);
        return bars;
      }""";

  /**
   * After one Tab: "seen" when focus came back to an element already checked (a date field keeps it
   * over its year, month and day), "none" when nothing has focus, otherwise null or a description
   * of the focused element and the bar over it.
   */
  private static final String CHECK_FOCUS =
      """
      () => {
        const a = document.activeElement;
        if (!a || a === document.body || a === document.documentElement) return 'none';
        if ('tabSeen' in a.dataset && a !== window.lastFocused) return 'seen';
        a.dataset.tabSeen = '';
        window.lastFocused = a;
        const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
            + (e.name ? '[name=' + e.name + ']' : '')
            + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
            + (e.textContent.trim() ? ' "' + e.textContent.trim().replace(/\\s+/g, ' ').slice(0, 20) + '"' : '');
        const r = a.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) return null;
        for (const bar of document.querySelectorAll('[data-test-bar]')) {
          if (bar.contains(a)) continue;
          const b = bar.getBoundingClientRect();
          const tall = Math.min(r.bottom, b.bottom) - Math.max(r.top, b.top);
          const wide = Math.min(r.right, b.right) - Math.max(r.left, b.left);
          if (tall > 0.5 && wide > 0.5) {
            return describe(a) + ' (top ' + Math.round(r.top) + ', bottom ' + Math.round(r.bottom)
                + ') under ' + describe(bar) + ' (top ' + Math.round(b.top) + ', bottom '
                + Math.round(b.bottom) + ') in a viewport ' + window.innerHeight + ' high';
          }
        }
        return null;
      }""";

  private static final Map<Role, CurrentUser> USERS = new EnumMap<>(Role.class);

  static Browser browser;

  @LocalServerPort int port;
  @Autowired TestData data;
  @Autowired ConsultationData consultation;

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
  void shouldNeverHideTheFocusedElementUnderAStickyBarOnAPhone() {
    if (USERS.isEmpty()) {
      USERS.putAll(CrawlUsers.withRecords(data, consultation));
    }
    List<String> problems = new ArrayList<>();
    Set<String> checkedKinds = new TreeSet<>();
    for (Role role : Role.values()) {
      try (BrowserContext context = browser.phone()) {
        Page page = context.newPage();
        signIn(page, USERS.get(role));
        new SiteCrawler("http://localhost:" + port, MAX_PAGES_PER_ROLE)
            .crawl(
                page,
                "/",
                (open, visit) -> {
                  for (var size : TEXT_SIZES.entrySet()) {
                    int bars = ((Number) open.evaluate(PREPARE, size.getValue())).intValue();
                    if (bars == 0) {
                      continue;
                    }
                    checkedKinds.add(visit.kind());
                    tabThrough(open).stream()
                        .map(p -> role + " " + visit.url() + " " + size.getKey() + ": " + p)
                        .forEach(problems::add);
                  }
                });
      }
    }
    System.out.println("Sticky bars checked on: " + checkedKinds);
    assertThat(checkedKinds)
        .as("pages with a sticky bar that the crawl reached")
        .contains("/persons/new", "/intakes/new", "/cases/{id}", "/settings");
    assertThat(problems)
        .as("focused elements under a sticky bar:%n%s", String.join("\n", problems))
        .isEmpty();
  }

  /** The detector itself: a field under a bar of its own page is reported, one above it is not. */
  @Test
  void shouldReportAFieldUnderTheBarAndNotOneAboveIt() {
    try (BrowserContext context = browser.phone()) {
      Page page = context.newPage();
      page.setContent(
          "<!DOCTYPE html><html><head><meta name=viewport content='width=device-width'></head>"
              + "<body style='margin:0'><form><input id=above>"
              + "<div style='height:600px'></div><input id=under>"
              + "<div class=bar style='position:sticky;bottom:0;height:200px;background:#fff'>"
              + "<button>save</button></div></form></body></html>");
      page.evaluate(PREPARE, "");
      assertThat(tabThrough(page))
          .singleElement()
          .asString()
          .startsWith("input#under")
          .contains("under div.bar");
    }
  }

  private static List<String> tabThrough(Page page) {
    List<String> problems = new ArrayList<>();
    int nothingFocused = 0;
    for (int i = 0; i < MAX_TABS_PER_PASS; i++) {
      page.keyboard().press("Tab");
      String result = (String) page.evaluate(CHECK_FOCUS);
      if ("seen".equals(result) || ("none".equals(result) && ++nothingFocused > 1)) {
        break;
      }
      if (result != null && !"none".equals(result)) {
        problems.add(result);
      }
    }
    return problems;
  }

  private void signIn(Page page, CurrentUser user) {
    Browser.signIn(page, port, user);
  }
}
