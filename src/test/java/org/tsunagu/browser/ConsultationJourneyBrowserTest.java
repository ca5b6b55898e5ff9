package org.tsunagu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tsunagu.consultation.internal.window.WindowOpening;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.people.internal.organization.Organizations;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.Browser;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * The three cases of seed 002, end to end in headless Chromium: a つながりカード at a salon window on a
 * phone, the intake identified and made a case, a referral to two organisations of which one
 * declines and the other — once it has acknowledged confidentiality at a 支援会議 with minutes and a
 * decision — accepts and completes; a plan review; closure.
 */
@IntegrationTest
class ConsultationJourneyBrowserTest {

  static Browser browser;

  @LocalServerPort int port;
  @Autowired TestData data;
  @Autowired Organizations organizations;
  @Autowired WindowOpening windowOpening;
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

  /** A case of seed 002: who, the trouble in their words, its domains, who declines, who helps. */
  record Seed(
      String family,
      String given,
      String familyKana,
      String givenKana,
      String birth,
      String ownWords,
      Set<SupportDomain> domains,
      OrganizationType decliner,
      OrganizationType helper,
      String summary,
      String plan) {}

  static Stream<Arguments> seeds() {
    return Stream.of(
        Arguments.of(
            new Seed(
                "酒井",
                "トメ",
                "さかい",
                "とめ",
                "1938-02-11",
                "同居の息子がお酒を飲むと大声を出し、叩かれることもある。息子は仕事をしていない。",
                Set.of(SupportDomain.ELDERLY_CARE, SupportDomain.ADDICTION, SupportDomain.ABUSE_DV),
                OrganizationType.NPO,
                OrganizationType.PUBLIC_HEALTH_CENTER,
                "80代女性と無職の息子の世帯。息子の飲酒と暴力の訴え。",
                "保健所の家族相談と自助グループにつなぐ")),
        Arguments.of(
            new Seed(
                "森田",
                "勝",
                "もりた",
                "まさる",
                "1952-07-30",
                "庭と家にごみがたまって近所から苦情が来る。誰とも話していない。",
                Set.of(SupportDomain.HOARDING, SupportDomain.ISOLATION),
                OrganizationType.NPO,
                OrganizationType.COMMUNITY_CARE_CENTER,
                "70代男性の一人暮らし。ため込みと近所からの孤立。",
                "片付けを手伝い、サロンに誘う")),
        Arguments.of(
            new Seed(
                "金井",
                "浩二",
                "かない",
                "こうじ",
                "1965-11-03",
                "生活費が足りず、消費者金融から何度も借りている。仕事も見つからない。",
                Set.of(SupportDomain.POVERTY_DEBT, SupportDomain.EMPLOYMENT),
                OrganizationType.NPO,
                OrganizationType.SELF_RELIANCE_SUPPORT,
                "60代男性。借入を繰り返し、就労も途切れている。",
                "家計相談と就労訓練（中間的就労）につなぐ")));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private Page login(BrowserContext context, CurrentUser user) {
    Page page = Browser.signedIn(context, port, user);
    String home = user.role().isFieldRole() ? "ホーム" : "今日の仕事";
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(home)))
        .isVisible();
    return page;
  }

  /** The first row of the work list's 届いたつなぎ section. */
  private static Locator receivedReferral(Page page) {
    return page.locator(".work-section")
        .filter(new Locator.FilterOptions().setHasText("届いたつなぎ"))
        .locator(".worklist a")
        .first();
  }

  private static Locator button(Page page, String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private long organization(String name, OrganizationType type, Set<SupportDomain> domains) {
    return organizations.create(TestData.unique(name), type, null, 3, domains, Set.of());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void shouldCarryASeedCaseFromSalonCardToClosure(Seed seed) {
    long shakyo = organization("社協", OrganizationType.SHAKYO, Set.of(SupportDomain.OTHER));
    long declinerOrg = organization("断る機関", seed.decliner(), seed.domains());
    long helperOrg = organization("受ける機関", seed.helper(), seed.domains());
    long salonGroup = organization("サロンの会", OrganizationType.VOLUNTEER_GROUP, Set.of());
    CurrentUser coordinator = data.user(shakyo, Role.COORDINATOR);
    CurrentUser decliner = data.user(declinerOrg, Role.AGENCY_WORKER);
    CurrentUser helper = data.user(helperOrg, Role.AGENCY_WORKER);
    CurrentUser host = data.user(salonGroup, Role.SALON_HOST);
    String salon = TestData.unique("いきいきサロン");
    TestData.asUser(
        coordinator,
        () ->
            windowOpening.create(
                coordinator,
                new WindowOpening.WindowInput(salon, "SALON", salonGroup, shakyo, null, "公民館")));
    String family = seed.family() + (System.nanoTime() % 10000);
    long personId =
        data.register(
            coordinator,
            TestData.person(
                family, seed.given(), seed.familyKana(), seed.givenKana(), seed.birth()));

    // 1. The salon host fills in the card on a phone: tick, tap, tap, type, send.
    try (BrowserContext phone = browser.phone()) {
      Page page = login(phone, host);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("つながりカードを書く")).click();
      for (SupportDomain d : seed.domains()) {
        page.locator("input[name=domains][value=" + d.name() + "]").check();
      }
      page.locator("input[name=mayContact][value=true]").check();
      page.locator("input[name=shareAgreed][value=false]").check();
      page.getByLabel("困りごとの内容（ご本人の言葉で）").fill(seed.ownWords());
      page.getByLabel("お名前（わかれば）").fill(family + " " + seed.given());
      int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
      assertThat(width).isLessThanOrEqualTo(360);
      screenshot(page, "card-" + seed.familyKana());
      button(page, "カードを送る").click();
      assertThat(page.getByText("つながりカードを送りました。", new Page.GetByTextOptions().setExact(false)))
          .isVisible();
    }

    long caseId;
    String[] conferenceUrl = new String[1];
    try (BrowserContext desktop = browser.desktop()) {
      // 2. The coordinator finds it on the work list, identifies the person, makes a case.
      Page page = login(desktop, coordinator);
      page.getByText(salon + "で受付", new Page.GetByTextOptions().setExact(false)).click();
      assertThat(page.getByText(seed.ownWords())).isVisible();
      page.getByLabel("氏名・ふりがなで探す").fill(seed.familyKana() + seed.givenKana());
      button(page, "探す").click();
      page.locator("#hits").getByRole(AriaRole.BUTTON).first().click();
      assertThat(page.getByText("本人を特定しました。")).isVisible();
      page.getByLabel("ケースの見出し（氏名などを書かずに）").fill(seed.summary());
      button(page, "ケースにする").click();
      assertThat(page.getByText("ケースを作成しました。")).isVisible();
      caseId = Long.parseLong(page.url().replaceAll(".*/cases/(\\d+).*", "$1"));

      // 3. Refer to two organisations at once, chosen from the suggestions, summary only.
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("つなぐ（紹介する）"))
          .first()
          .click();
      page.locator("input[name=toOrganizationIds][value='" + declinerOrg + "']").check();
      page.locator("input[name=toOrganizationIds][value='" + helperOrg + "']").check();
      page.getByLabel("概要（個人を特定しない書き方で）").fill(seed.summary());
      button(page, "つなぐ（紹介する）").click();
      assertThat(page.getByText("つなぎを送りました。")).isVisible();
      assertThat(page.locator("#referrals ~ table").getByText("未読")).hasCount(2);
      screenshot(page, "case-referred-" + seed.familyKana());
    }

    try (BrowserContext desktop = browser.desktop()) {
      // 4. The first organisation reads it (既読), sees nothing identifying, and declines.
      Page page = login(desktop, decliner);
      receivedReferral(page).click();
      assertThat(page.getByText("個人を特定する情報は表示されません", new Page.GetByTextOptions().setExact(false)))
          .isVisible();
      assertThat(page.getByText(family)).hasCount(0);
      assertThat(page.getByText("紹介元の担当者")).isVisible();
      page.locator("#decline > summary").click();
      page.getByText("対象外の相談内容", new Page.GetByTextOptions().setExact(true)).click();
      page.getByLabel("補足（「その他」のときは必須）").fill("対象の分野の支援を行っていないため");
      page.locator("#decline button[type=submit]").click();
      assertThat(page.getByText("辞退しました。", new Page.GetByTextOptions().setExact(false)))
          .isVisible();
    }

    try (BrowserContext desktop = browser.desktop()) {
      // 5. The referrer sees the decline on the work list and convenes a 支援会議 with the other.
      Page page = login(desktop, coordinator);
      page.getByText("が辞退しました", new Page.GetByTextOptions().setExact(false)).click();
      assertThat(page.getByText("対象の分野の支援を行っていないため")).isVisible();
      assertThat(page.locator("#panel").getByText("対象外の相談内容")).isVisible();
      page.locator("nav.tabs a").filter(new Locator.FilterOptions().setHasText("会議")).click();
      page.locator("#conferences ~ p a").click();
      page.locator("#kind-SUPPORT_MEETING").check();
      page.getByLabel("会議名").fill("地区の支援会議");
      java.time.LocalDate today = TestData.today();
      page.locator("#heldYear").fill(String.valueOf(today.getYear()));
      page.locator("#heldMonth").fill(String.valueOf(today.getMonthValue()));
      page.locator("#heldDay").fill(String.valueOf(today.getDayOfMonth()));
      page.locator("#participants0\\.organizationId")
          .selectOption(new SelectOption().setValue(String.valueOf(helperOrg)));
      page.locator("#participants0\\.name").fill("相談員 花子");
      button(page, "会議を招集する").click();
      assertThat(page.getByText("会議を招集しました。")).isVisible();
      conferenceUrl[0] = page.url();
      page.locator("#minutes-text").fill("関係機関で役割を分担し、" + seed.plan() + "ことを確認した。");
      button(page, "議事録を保存する").click();
      assertThat(page.getByText("議事録を保存しました。")).isVisible();
      page.locator("#caseId").selectOption(new SelectOption().setValue(String.valueOf(caseId)));
      page.locator("#text").fill(seed.plan());
      button(page, "決定事項を記録する").click();
      assertThat(page.locator("body")).containsText(seed.plan());
      screenshot(page, "conference-" + seed.familyKana());
    }

    try (BrowserContext desktop = browser.desktop()) {
      // 6. The second organisation acknowledges its duty of confidentiality, then sees the
      // person on the referral, accepts, works and completes.
      Page page = login(desktop, helper);
      page.navigate(conferenceUrl[0]);
      page.onDialog(d -> d.accept());
      Locator ownRow = page.locator("tr").filter(new Locator.FilterOptions().setHasText("相談員 花子"));
      ownRow
          .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("守秘義務を確認しました"))
          .click();
      assertThat(page.getByText("守秘義務の確認を記録しました。")).isVisible();
      page.navigate(url("/"));
      receivedReferral(page).click();
      assertThat(page.getByText(family + " " + seed.given())).isVisible();
      button(page, "受理する").click();
      assertThat(page.getByText("受理しました。")).isVisible();
      button(page, "支援を始める").click();
      assertThat(page.getByText("支援を始めました。")).isVisible();
      page.locator("#complete > summary").click();
      page.locator("input[name=outcome][value=SUCCESSFUL]").check();
      page.getByLabel("報告").fill(seed.plan() + "ことができた");
      button(page, "完了を報告する").click();
      assertThat(page.getByText("完了を報告しました。")).isVisible();
    }

    try (BrowserContext desktop = browser.desktop()) {
      // 7. The coordinator sees every state change, reviews the plan and closes the case.
      Page page = login(desktop, coordinator);
      page.navigate(url("/cases/" + caseId));
      assertThat(page.getByText("辞退").first()).isVisible();
      page.navigate(url("/cases/" + caseId + "?tab=referrals"));
      assertThat(page.getByText("支援につながった")).isVisible();
      page.navigate(url("/cases/" + caseId + "?tab=plan"));
      page.locator("details:has(form[action$='/goals']) > summary").click();
      page.getByLabel("目標").fill(seed.plan());
      button(page, "目標を追加する").click();
      assertThat(page.getByText("目標を追加しました。")).isVisible();
      page.locator("details:has(form[action$='/reviews']) > summary").click();
      page.getByLabel("見直しの結果").fill("つなぎ先で支援が始まり、生活が落ち着いた");
      button(page, "見直しを記録する").click();
      assertThat(page.getByText("見直しを記録しました。")).isVisible();
      page.locator("#manage > summary").click();
      page.locator("#closedReason").selectOption(new SelectOption().setValue("RESOLVED"));
      page.onDialog(d -> d.accept());
      button(page, "ケースを終結する").click();
      assertThat(page.getByText("ケースを終結しました。")).isVisible();
      screenshot(page, "case-closed-" + seed.familyKana());
    }
    assertThat(
            jdbc.sql("SELECT status FROM consultation.support_case WHERE id = ?")
                .param(caseId)
                .query(String.class)
                .single())
        .isEqualTo("CLOSED");
    assertThat(
            jdbc.sql(
                    "SELECT string_agg(status, ',' ORDER BY status) FROM consultation.referral"
                        + " WHERE case_id = ?")
                .param(caseId)
                .query(String.class)
                .single())
        .isEqualTo("COMPLETED,DECLINED");
  }

  private static void screenshot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions()
            .setFullPage(true)
            .setPath(Path.of("target/screenshots/" + name + ".png")));
  }
}
