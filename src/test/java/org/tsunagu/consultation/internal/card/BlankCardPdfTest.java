package org.tsunagu.consultation.internal.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tsunagu.platform.web.ModuleMessageBundles;

class BlankCardPdfTest {

  static CardLabels labels(Locale locale) {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("messages");
    messages.addBasenames(ModuleMessageBundles.basenames().toArray(String[]::new));
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return CardLabels.from(messages, locale);
  }

  static String printedText(CardLabels labels) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new BlankCardPdf().write(labels, out);
    try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      return new PDFTextStripper().getText(document);
    }
  }

  /** Every text of the card is on it, whole, in both languages (line breaks aside). */
  @Test
  void shouldPrintEveryLabelOfTheCardInJapaneseAndEnglish() throws IOException {
    for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
      CardLabels labels = labels(locale);
      String printed = withoutSpaces(printedText(labels));
      for (String label : printable(labels)) {
        assertThat(printed).as("%s on the %s card", label, locale).contains(withoutSpaces(label));
      }
    }
  }

  @Test
  void shouldOfferTheTwelveDomainsOfTheCardAsTickBoxes() {
    assertThat(labels(Locale.JAPANESE).domains())
        .containsExactly(
            "高齢・介護",
            "生活困窮・債務",
            "障害",
            "子育て",
            "住まい",
            "ごみ屋敷・ため込み",
            "アルコール・依存",
            "虐待・DV",
            "孤立・ひきこもり",
            "健康",
            "就労",
            "その他");
  }

  @Test
  void shouldNotStartAJapaneseLineWithClosingPunctuation() throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDFont font = font(document);
      float width = CardCanvas.width("あいうえお", font, 10);
      assertThat(CardCanvas.wrap("あいうえお。かきくけこ", font, 10, width))
          .containsExactly("あいうえお。", "かきくけこ");
    }
  }

  @Test
  void shouldWrapEnglishBetweenWordsAndKeepGivenLineBreaks() throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDFont font = font(document);
      float width = CardCanvas.width("May we pass", font, 10);
      assertThat(CardCanvas.wrap("May we pass this on", font, 10, width))
          .containsExactly("May we pass", "this on");
      assertThat(CardCanvas.wrap("お名前が\nわからないとき", font, 10, 500))
          .containsExactly("お名前が", "わからないとき");
    }
  }

  private static PDFont font(PDDocument document) throws IOException {
    try (var in = BlankCardPdf.class.getResourceAsStream(BlankCardPdf.REGULAR_FONT)) {
      return PDType0Font.load(document, in, true);
    }
  }

  private static List<String> printable(CardLabels l) {
    List<String> texts =
        new ArrayList<>(
            List.of(
                l.title(),
                l.subtitle(),
                l.lead(),
                l.confidential(),
                l.date(),
                l.year(),
                l.month(),
                l.day(),
                l.recorder(),
                l.window(),
                l.personHeading(),
                l.kana(),
                l.name(),
                l.address(),
                l.postcode(),
                l.phone(),
                l.description(),
                l.descriptionExample(),
                l.worriesHeading(),
                l.details(),
                l.urgencyHeading(),
                l.urgencyNote(),
                l.consentHeading(),
                l.mayContact(),
                l.mayShare(),
                l.yes(),
                l.no(),
                l.handTo(),
                l.privacy(),
                l.office(),
                l.officeReceived(),
                l.officeEnteredBy(),
                l.officeNumber()));
    texts.addAll(l.domains());
    texts.addAll(l.urgencies());
    return texts;
  }

  private static String withoutSpaces(String s) {
    return s.replaceAll("\\s", "");
  }
}
