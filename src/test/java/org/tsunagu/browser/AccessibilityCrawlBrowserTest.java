package org.tsunagu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.tsunagu.aid.AidFixture;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.Browser;
import org.tsunagu.support.ConsultationData;
import org.tsunagu.support.CrawlUsers;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.SiteCrawler;
import org.tsunagu.support.TestData;

/**
 * axe-core over every page each role reaches from its home by following links, at phone width (360
 * px) and desktop width (1280 px): no serious or critical violation. A new page is checked as soon
 * as a link leads to it. The failure lists rule, page and the elements at fault.
 */
@IntegrationTest
@Import(AidFixture.class)
class AccessibilityCrawlBrowserTest {

  /** Kinds of page per role; each kind is checked once (the crawl stops there). */
  private static final int MAX_PAGES_PER_ROLE = 40;

  private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
  private static final String AXE_SCRIPT = axeScript();
  private static final Map<Role, CurrentUser> USERS = new EnumMap<>(Role.class);

  static Browser browser;

  @LocalServerPort int port;
  @Autowired TestData data;
  @Autowired ConsultationData consultation;
  @Autowired AidFixture aid;

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

  /** One user per role, and records for their pages to show: a person, a case, a referral. */
  @BeforeEach
  void setUp() {
    if (USERS.isEmpty()) {
      USERS.putAll(CrawlUsers.withRecords(data, consultation));
      AidFixture.Scheme s =
          aid.scheme(USERS.get(Role.COOP_STAFF), USERS.get(Role.SUPPORTER), USERS.get(Role.MEMBER));
      LocalDate day = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(1);
      while (day.getDayOfWeek().getValue() > 5) {
        day = day.plusDays(1);
      }
      aid.request(s, day);
      aid.confirm(s, aid.request(s, day.plusWeeks(1)));
    }
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void shouldHaveNoSeriousOrCriticalViolationOnAnyReachablePage(Role role) {
    List<String> problems = new ArrayList<>();
    try (BrowserContext context = browser.desktop()) {
      Page page = context.newPage();
      signIn(page, USERS.get(role));
      var crawler = new SiteCrawler("http://localhost:" + port, MAX_PAGES_PER_ROLE);
      var visits =
          crawler.crawl(
              page,
              "/",
              (open, visit) -> {
                injectAxe(open);
                for (int width : new int[] {1280, 360}) {
                  open.setViewportSize(width, 800);
                  violations(open)
                      .forEach(v -> problems.add(visit.url() + " at " + width + "px: " + v));
                }
                open.setViewportSize(1280, 800);
              });
      System.out.printf("axe-core: %s reached %d kinds of page%n", role, visits.size());
      visits.stream()
          .filter(v -> v.status() >= 400)
          .forEach(v -> problems.add(v.url() + " answered " + v.status() + " to a link"));
      assertThat(visits).as("pages reached by %s", role).isNotEmpty();
    }
    assertThat(problems).as("axe-core for %s:%n%s", role, String.join("\n", problems)).isEmpty();
  }

  /**
   * The serious and critical violations on the open page, one line each: rule, impact, what it
   * asks, and up to five elements at fault. axe reports violations only (not its passes), which
   * keeps each run short.
   */
  @SuppressWarnings("unchecked")
  private static List<String> violations(Page page) {
    return (List<String>)
        page.evaluate(
            "async impacts => { const r = await axe.run(document, {resultTypes: ['violations']});"
                + " return r.violations.filter(v => impacts.includes(v.impact)).map(v => v.id"
                + " + ' [' + v.impact + '] ' + v.help + ': ' + v.nodes.slice(0, 5).map(n =>"
                + " n.target.join(' ')).join(' | ')); }",
            List.copyOf(FAILING_IMPACTS));
  }

  /** axe-core as Deque's jar ships it (com.deque.html.axe-core:playwright, test scope). */
  private static String axeScript() {
    try (var in = AccessibilityCrawlBrowserTest.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js missing from the test classpath");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void injectAxe(Page page) {
    page.evaluate(AXE_SCRIPT);
  }

  @org.junit.jupiter.api.Test
  void shouldReportWhatAxeFindsOnABrokenPage() {
    try (BrowserContext context = browser.desktop()) {
      Page page = context.newPage();
      page.setContent(
          "<!DOCTYPE html><html lang=ja><head><title>t</title></head><body><main>"
              + "<button></button><input id=x></main></body></html>");
      injectAxe(page);
      assertThat(violations(page))
          .anySatisfy(v -> assertThat(v).startsWith("button-name [critical]").contains("button"))
          .anySatisfy(v -> assertThat(v).startsWith("label [critical]").contains("#x"));
    }
  }

  private void signIn(Page page, CurrentUser user) {
    Browser.signIn(page, port, user);
  }
}
