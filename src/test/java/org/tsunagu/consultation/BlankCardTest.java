package org.tsunagu.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

@IntegrationTest
class BlankCardTest {

  /** 「つながりカード.pdf」 in UTF-8, percent-encoded as RFC 5987 asks. */
  static final String ENCODED_FILE_NAME =
      "%E3%81%A4%E3%81%AA%E3%81%8C%E3%82%8A%E3%82%AB%E3%83%BC%E3%83%89.pdf";

  @Autowired MockMvc mvc;
  @Autowired TestData data;

  CurrentUser salonHost;

  @BeforeEach
  void setUp() {
    salonHost = data.user(data.organization(OrganizationType.VOLUNTEER_GROUP), Role.SALON_HOST);
  }

  private byte[] download(String url, CurrentUser as) throws Exception {
    return mvc.perform(get(url).with(user(as)))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  @Test
  void shouldPrintTheBlankCardAsOneJapaneseA4Page() throws Exception {
    byte[] pdf = download("/cards/blank.pdf", salonHost);

    assertThat(pdf.length).isLessThan(300 * 1024);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      PDRectangle box = document.getPage(0).getMediaBox();
      assertThat(box.getWidth()).isCloseTo(595f, within(1f));
      assertThat(box.getHeight()).isCloseTo(842f, within(1f));
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains(
              "つながりカード",
              "記入日",
              "記入者",
              "相談窓口の名前",
              "ふりがな",
              "お名前",
              "高齢・介護",
              "ごみ屋敷・ため込み",
              "孤立・ひきこもり",
              "困りごとの内容（ご本人の言葉で）",
              "緊急",
              "早めに",
              "通常",
              "社協から連絡してもよいですか",
              "この内容を地域包括支援センター等の関係機関に伝えてもよいですか",
              "社会福祉協議会へお渡しください",
              "取扱注意");
    }
  }

  @Test
  void shouldEmbedEveryFontAsASubset() throws Exception {
    try (PDDocument document = Loader.loadPDF(download("/cards/blank.pdf", salonHost))) {
      List<PDFont> fonts = fonts(document.getPage(0));
      assertThat(fonts).hasSize(2);
      for (PDFont font : fonts) {
        assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansJP-.*");
        assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
      }
    }
  }

  @Test
  void shouldOfferTheFileInlineUnderItsJapaneseName() throws Exception {
    mvc.perform(get("/cards/blank.pdf").with(user(salonHost)))
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("inline")))
        .andExpect(
            header()
                .string(
                    HttpHeaders.CONTENT_DISPOSITION,
                    containsString("filename*=UTF-8''" + ENCODED_FILE_NAME)));
  }

  @Test
  void shouldPrintEnglishLabelsWhenTheUserChoseEnglish() throws Exception {
    byte[] pdf =
        mvc.perform(get("/cards/blank.pdf").param("lang", "en").with(user(salonHost)))
            .andExpect(status().isOk())
            .andExpect(
                header()
                    .string(HttpHeaders.CONTENT_DISPOSITION, containsString("tsunagari-card.pdf")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      assertThat(new PDFTextStripper().getText(document))
          .contains("Tsunagari card", "Elderly care", "Hoarding", "Yes", "No")
          .doesNotContain("高齢・介護");
    }
  }

  @Test
  void shouldServeTheSameCardFromTheApi() throws Exception {
    byte[] page = download("/cards/blank.pdf", salonHost);
    byte[] api = download("/api/v1/cards/blank.pdf", salonHost);
    assertThat(api).isEqualTo(page);
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/cards/blank.pdf'].get").exists());
  }

  @Test
  void shouldLetEveryRoleThatTakesInConsultationsPrintIt() throws Exception {
    long shakyo = data.organization(OrganizationType.SHAKYO);
    for (Role role : Role.values()) {
      CurrentUser user = data.user(shakyo, role);
      if (user.may(ConsultationPermissions.INTAKE_RECORD)) {
        download("/cards/blank.pdf", user);
      }
    }
  }

  @Test
  void shouldRefuseARoleThatDoesNotTakeInConsultations() throws Exception {
    CurrentUser evaluator = data.user(data.organization(OrganizationType.SHAKYO), Role.EVALUATOR);
    mvc.perform(get("/cards/blank.pdf").with(user(evaluator))).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/cards/blank.pdf").with(user(evaluator)))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void shouldAskAnonymousVisitorsToSignIn() throws Exception {
    mvc.perform(get("/cards/blank.pdf"))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", containsString("/login")));
    mvc.perform(get("/api/v1/cards/blank.pdf")).andExpect(status().isUnauthorized());
  }

  private static List<PDFont> fonts(PDPage page) throws IOException {
    PDResources resources = page.getResources();
    List<PDFont> fonts = new ArrayList<>();
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    return fonts;
  }
}
