package org.tsunagu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsunagu.consultation.CaseScene;
import org.tsunagu.consultation.internal.casework.CaseBases;
import org.tsunagu.consultation.internal.casework.PlanReviews;
import org.tsunagu.consultation.internal.casework.Plans;
import org.tsunagu.people.internal.organization.Organizations;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.support.Browser;
import org.tsunagu.support.ConsultationData;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * The case page in headless Chromium on a phone and a desktop (head first, tabs as links, nothing
 * wider than the screen), and its face sheet opened as a PDF: printed by the browser from the print
 * view, and downloaded as the server's PDF; both read back with PDFBox.
 */
@IntegrationTest
class CaseBrowserTest {

  static Browser browser;

  @LocalServerPort int port;
  @Autowired TestData data;
  @Autowired ConsultationData consultation;
  @Autowired Organizations organizations;
  @Autowired CaseBases bases;
  @Autowired Plans plans;
  @Autowired PlanReviews planReviews;

  CaseScene scene;

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
    scene = new CaseScene(data, consultation, organizations, bases, plans, planReviews);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private Page login(BrowserContext context, CurrentUser user) {
    Page page = Browser.signedIn(context, port, user);
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("今日の仕事")))
        .isVisible();
    return page;
  }

  @Test
  void shouldShowTheHeadAndTabsOnAPhone() {
    try (BrowserContext phone = browser.phone()) {
      Page page = login(phone, scene.coordinator);
      page.navigate(url("/cases/" + scene.caseId));
      assertThat(page.locator(".case-head dl.summary")).containsText(scene.family + " ハル");
      assertThat(page.locator(".case-head dl.summary")).containsText("回答待ち");
      int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
      assertThat(width).isLessThanOrEqualTo(360);
      page.locator("nav.tabs").getByText("つなぎ（2）").click();
      assertThat(page).hasURL(java.util.regex.Pattern.compile(".*tab=referrals.*"));
      assertThat(page.locator("#referrals")).isVisible();
      screenshot(page, "case-phone");
    }
  }

  @Test
  void shouldOpenFormsOnlyWhenAskedOnTheDesktop() {
    try (BrowserContext desktop = browser.desktop()) {
      Page page = login(desktop, scene.coordinator);
      page.navigate(url("/cases/" + scene.caseId + "?tab=plan"));
      assertThat(page.locator("#goal")).isHidden();
      page.getByText("目標を追加する", new Page.GetByTextOptions().setExact(true)).first().click();
      page.locator("#goal").fill("通院を続ける");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("目標を追加する")).click();
      assertThat(page.getByText("目標を追加しました。")).isVisible();
      assertThat(page.locator("#plan")).isVisible();
      assertThat(page.locator("#panel")).containsText("通院を続ける");
      screenshot(page, "case-desktop-plan");
    }
  }

  @Test
  void shouldOpenTheFaceSheetAsAPdf() throws IOException {
    try (BrowserContext desktop = browser.desktop()) {
      Page page = login(desktop, scene.coordinator);
      page.navigate(url("/cases/" + scene.caseId));
      page.getByText("フェイスシート", new Page.GetByTextOptions().setExact(true)).click();
      assertThat(page.locator("h1")).containsText("フェイスシート");
      // The browser prints the print view (A4, the print stylesheet) to a PDF.
      byte[] printed = page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true));
      String printedText = text(printed);
      assertThat(printedText).contains("フェイスシート").contains(scene.family + " ハル");
      assertThat(printedText).doesNotContain("画面に戻る").doesNotContain("ログアウト");
      // The server's PDF of the same sheet, fetched in the signed-in session.
      APIResponse response =
          desktop.request().get(url("/cases/" + scene.caseId + "/print/face-sheet.pdf"));
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.headers().get("content-type")).startsWith("application/pdf");
      String served = text(response.body());
      picture(response.body(), "face-sheet-pdf");
      assertThat(served).contains("フェイスシート").contains(scene.family + " 一郎").contains("本人の同意");
    }
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** The PDF's first page as a picture beside the screenshots, for a person to look at. */
  private static void picture(byte[] pdf, String name) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      java.awt.image.BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 96);
      Path file = Path.of("target/screenshots/" + name + ".png");
      java.nio.file.Files.createDirectories(file.getParent());
      javax.imageio.ImageIO.write(image, "png", file.toFile());
    }
  }

  private static void screenshot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions()
            .setFullPage(true)
            .setPath(Path.of("target/screenshots/" + name + ".png")));
  }
}
