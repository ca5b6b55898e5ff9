package org.tsunagu.consultation.internal.card;

import static org.tsunagu.consultation.internal.card.CardCanvas.BORDER;
import static org.tsunagu.consultation.internal.card.CardCanvas.LABEL_GREY;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The card's grid (margins, label column, type sizes) and the cells every section is built of.
 * Sizes are in points; type is at least 9 pt for notes and 11.5 pt for what a salon host reads
 * while filling the card in.
 */
final class CardGrid {

  static final float LEFT = 36;
  static final float RIGHT = BlankCardLayout.PAGE.getWidth() - 36;
  static final float WIDTH = RIGHT - LEFT;
  static final float LABEL_WIDTH = 112;
  static final float PAD = 6;
  static final float LABEL_SIZE = 11.5f;
  static final float TEXT_SIZE = 12;
  static final float NOTE_SIZE = 9;
  static final float TICK = 13;

  private final CardCanvas c;

  CardGrid(CardCanvas canvas) {
    this.c = canvas;
  }

  float heading(String text, float top) throws IOException {
    float size = 13.5f;
    c.fill(LEFT, top - 17, 4, 17, 0f);
    c.text(text, LEFT + 10, top - 14, c.bold, size);
    return top - 23;
  }

  /** A grey label cell beside a white cell reaching the right margin. */
  float row(String label, float top, float h) throws IOException {
    label(label, LEFT, top, LABEL_WIDTH, h);
    c.box(LEFT + LABEL_WIDTH, top - h, WIDTH - LABEL_WIDTH, h, BORDER);
    return top - h;
  }

  /** A grey cell with its text vertically centred, wrapped where the bundle or width says. */
  void label(String text, float x, float top, float w, float h) throws IOException {
    c.fill(x, top - h, w, h, LABEL_GREY);
    c.box(x, top - h, w, h, BORDER);
    float size = LABEL_SIZE;
    List<String> lines = CardCanvas.wrap(text, c.regular, size, w - 2 * PAD);
    while (lines.size() * size * 1.2f > h - 2 && size > NOTE_SIZE) {
      size -= 0.5f;
      lines = CardCanvas.wrap(text, c.regular, size, w - 2 * PAD);
    }
    float lead = size * 1.2f;
    float first = top - h / 2 + (lines.size() - 1) * lead / 2 - size * 0.35f;
    for (int i = 0; i < lines.size(); i++) {
      c.text(lines.get(i), x + PAD, first - i * lead, c.regular, size);
    }
  }

  void tickWithText(String text, float x, float centre, float maxWidth) throws IOException {
    c.tickBox(x, centre - TICK / 2, TICK);
    PDFont font = c.regular;
    float size = CardCanvas.fit(text, font, TEXT_SIZE, maxWidth - TICK - 6);
    c.text(text, x + TICK + 6, centre - size * 0.35f, font, size);
  }

  /** The baseline that centres one line of text of this size in a cell. */
  static float middle(float top, float h, float size) {
    return top - h / 2 - size * 0.35f;
  }
}
