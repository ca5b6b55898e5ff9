package org.tsunagu.consultation.internal.card;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.springframework.stereotype.Component;

/** Writes the blank つながりカード as a one-page A4 PDF with Noto Sans JP embedded as a subset. */
@Component
class BlankCardPdf {

  static final String REGULAR_FONT = "/data/fonts/NotoSansJP_400Regular.ttf";
  static final String BOLD_FONT = "/data/fonts/NotoSansJP_700Bold.ttf";

  void write(CardLabels labels, OutputStream out) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(BlankCardLayout.PAGE);
      document.addPage(page);
      PDFont regular = font(document, REGULAR_FONT);
      PDFont bold = font(document, BOLD_FONT);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        new BlankCardLayout(new CardCanvas(content, regular, bold), labels).draw();
      }
      describe(document, labels);
      document.save(out);
    }
  }

  /** Only the glyphs the card uses are embedded (subset), which keeps the file small. */
  private static PDFont font(PDDocument document, String resource) throws IOException {
    try (InputStream in = BlankCardPdf.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the classpath: " + resource);
      }
      return PDType0Font.load(document, in, true);
    }
  }

  private static void describe(PDDocument document, CardLabels labels) {
    document.getDocumentInformation().setTitle(labels.title());
    document.getDocumentInformation().setSubject(labels.subtitle());
    document.getDocumentCatalog().setLanguage(labels.language());
    PDViewerPreferences preferences =
        new PDViewerPreferences(document.getDocumentCatalog().getCOSObject());
    preferences.setDisplayDocTitle(true);
    document.getDocumentCatalog().setViewerPreferences(preferences);
  }
}
