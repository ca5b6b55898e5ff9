package org.tsunagu.consultation.internal.card;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Drawing primitives of a paper form, in points from the bottom-left corner, greyscale only. */
final class CardCanvas {

  static final float BORDER = 0.8f;
  static final float HAIRLINE = 0.5f;
  static final float LABEL_GREY = 0.9f;
  static final float RULE_GREY = 0.55f;

  /** Characters that a Japanese line must not start with (禁則). */
  private static final String NO_LINE_START = "、。，．）」』】〕・ー！？!?),.:;";

  private final PDPageContentStream out;
  final PDFont regular;
  final PDFont bold;

  CardCanvas(PDPageContentStream out, PDFont regular, PDFont bold) {
    this.out = out;
    this.regular = regular;
    this.bold = bold;
  }

  static float width(String text, PDFont font, float size) {
    try {
      return font.getStringWidth(text) / 1000f * size;
    } catch (IOException e) {
      throw new IllegalStateException("font cannot measure the card's text", e);
    }
  }

  /** The size, at most {@code size}, at which the text fits the width on one line. */
  static float fit(String text, PDFont font, float size, float maxWidth) {
    float w = width(text, font, size);
    return w <= maxWidth ? size : size * maxWidth / w;
  }

  void text(String text, float x, float y, PDFont font, float size) throws IOException {
    text(text, x, y, font, size, 0f);
  }

  void text(String text, float x, float y, PDFont font, float size, float grey) throws IOException {
    out.beginText();
    out.setNonStrokingColor(grey);
    out.setFont(font, size);
    out.newLineAtOffset(x, y);
    out.showText(text);
    out.endText();
    out.setNonStrokingColor(0f);
  }

  void textRight(String text, float right, float y, PDFont font, float size, float grey)
      throws IOException {
    text(text, right - width(text, font, size), y, font, size, grey);
  }

  void textCentred(String text, float centre, float y, PDFont font, float size) throws IOException {
    text(text, centre - width(text, font, size) / 2, y, font, size);
  }

  /** Writes wrapped lines downwards from the first baseline; returns how many lines it took. */
  int paragraph(String text, float x, float y, float maxWidth, PDFont font, float size, float lead)
      throws IOException {
    List<String> lines = wrap(text, font, size, maxWidth);
    for (int i = 0; i < lines.size(); i++) {
      text(lines.get(i), x, y - i * lead, font, size);
    }
    return lines.size();
  }

  /**
   * Breaks at the text's own line breaks, then at spaces where a line has them, else between any
   * two characters (with 禁則).
   */
  static List<String> wrap(String text, PDFont font, float size, float maxWidth) {
    List<String> lines = new ArrayList<>();
    for (String given : text.split("\n")) {
      lines.addAll(wrapOne(given, font, size, maxWidth));
    }
    return lines;
  }

  private static List<String> wrapOne(String text, PDFont font, float size, float maxWidth) {
    boolean words = text.indexOf(' ') >= 0;
    List<String> tokens = new ArrayList<>();
    if (words) {
      for (String w : text.split(" ")) {
        tokens.add(tokens.isEmpty() ? w : " " + w);
      }
    } else {
      text.codePoints().forEach(c -> tokens.add(new String(Character.toChars(c))));
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String token : tokens) {
      String candidate = line + token;
      boolean fits = width(candidate, font, size) <= maxWidth;
      if (fits || line.length() == 0 || (!words && NO_LINE_START.contains(token))) {
        line.append(token);
      } else {
        lines.add(line.toString());
        line = new StringBuilder(words ? token.strip() : token);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  void fill(float x, float y, float w, float h, float grey) throws IOException {
    out.setNonStrokingColor(grey);
    out.addRect(x, y, w, h);
    out.fill();
    out.setNonStrokingColor(0f);
  }

  void box(float x, float y, float w, float h, float lineWidth) throws IOException {
    out.setStrokingColor(0f);
    out.setLineWidth(lineWidth);
    out.addRect(x, y, w, h);
    out.stroke();
  }

  void line(float x1, float y1, float x2, float y2, float lineWidth, float grey)
      throws IOException {
    out.setStrokingColor(grey);
    out.setLineWidth(lineWidth);
    out.moveTo(x1, y1);
    out.lineTo(x2, y2);
    out.stroke();
    out.setStrokingColor(0f);
  }

  /** A ruled line to write on, dotted so handwriting stands out from it. */
  void writingLine(float x1, float x2, float y) throws IOException {
    out.setLineDashPattern(new float[] {1.5f, 2f}, 0);
    line(x1, y, x2, y, HAIRLINE, RULE_GREY);
    out.setLineDashPattern(new float[0], 0);
  }

  /** A square tick box with its bottom-left corner at (x, y). */
  void tickBox(float x, float y, float side) throws IOException {
    out.setNonStrokingColor(1f);
    out.addRect(x, y, side, side);
    out.fill();
    box(x, y, side, side, 1f);
  }
}
