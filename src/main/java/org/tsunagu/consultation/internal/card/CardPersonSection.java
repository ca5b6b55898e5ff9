package org.tsunagu.consultation.internal.card;

import static org.tsunagu.consultation.internal.card.CardCanvas.BORDER;
import static org.tsunagu.consultation.internal.card.CardCanvas.LABEL_GREY;
import static org.tsunagu.consultation.internal.card.CardGrid.LABEL_SIZE;
import static org.tsunagu.consultation.internal.card.CardGrid.LABEL_WIDTH;
import static org.tsunagu.consultation.internal.card.CardGrid.LEFT;
import static org.tsunagu.consultation.internal.card.CardGrid.NOTE_SIZE;
import static org.tsunagu.consultation.internal.card.CardGrid.PAD;
import static org.tsunagu.consultation.internal.card.CardGrid.RIGHT;
import static org.tsunagu.consultation.internal.card.CardGrid.WIDTH;
import static org.tsunagu.consultation.internal.card.CardGrid.middle;

import java.io.IOException;

/**
 * The card's section about the person: name with its reading, address, phone, and a description
 * where the name is not known.
 */
final class CardPersonSection {

  private final CardCanvas c;
  private final CardLabels l;
  private final CardGrid grid;

  CardPersonSection(CardCanvas canvas, CardLabels labels, CardGrid grid) {
    this.c = canvas;
    this.l = labels;
    this.grid = grid;
  }

  /** Draws the section from {@code top}; returns where it ends. */
  float draw(float top) throws IOException {
    float kanaH = 18;
    float nameH = 32;
    c.fill(LEFT, top - kanaH - nameH, LABEL_WIDTH, kanaH + nameH, LABEL_GREY);
    c.box(LEFT, top - kanaH - nameH, LABEL_WIDTH, kanaH + nameH, BORDER);
    c.box(LEFT + LABEL_WIDTH, top - kanaH - nameH, WIDTH - LABEL_WIDTH, kanaH + nameH, BORDER);
    c.writingLine(LEFT, RIGHT, top - kanaH);
    c.text(l.kana(), LEFT + PAD, middle(top, kanaH, NOTE_SIZE), c.regular, NOTE_SIZE);
    c.text(l.name(), LEFT + PAD, middle(top - kanaH, nameH, LABEL_SIZE), c.regular, LABEL_SIZE);
    float y = top - kanaH - nameH;
    y = address(y);
    y = grid.row(l.phone(), y, 28);
    float unknownH = 30;
    grid.row(l.description(), y, unknownH);
    c.textRight(l.descriptionExample(), RIGHT - PAD, y - unknownH + 6, c.regular, NOTE_SIZE, 0.35f);
    return y - unknownH;
  }

  private float address(float top) throws IOException {
    float h = 44;
    grid.row(l.address(), top, h);
    float x = LEFT + LABEL_WIDTH + PAD;
    float baseline = top - 14;
    c.text(l.postcode(), x, baseline, c.regular, LABEL_SIZE);
    x += CardCanvas.width(l.postcode(), c.regular, LABEL_SIZE) + 4;
    for (int i = 0; i < 7; i++) {
      if (i == 3) {
        c.line(x + 1, baseline + 4, x + 7, baseline + 4, 0.8f, 0f);
        x += 8;
      }
      c.box(x, baseline - 3, 12, 14, CardCanvas.HAIRLINE);
      x += 12;
    }
    return top - h;
  }
}
