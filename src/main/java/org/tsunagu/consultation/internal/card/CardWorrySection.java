package org.tsunagu.consultation.internal.card;

import static org.tsunagu.consultation.internal.card.CardCanvas.BORDER;
import static org.tsunagu.consultation.internal.card.CardCanvas.LABEL_GREY;
import static org.tsunagu.consultation.internal.card.CardGrid.LABEL_SIZE;
import static org.tsunagu.consultation.internal.card.CardGrid.LABEL_WIDTH;
import static org.tsunagu.consultation.internal.card.CardGrid.LEFT;
import static org.tsunagu.consultation.internal.card.CardGrid.NOTE_SIZE;
import static org.tsunagu.consultation.internal.card.CardGrid.PAD;
import static org.tsunagu.consultation.internal.card.CardGrid.RIGHT;
import static org.tsunagu.consultation.internal.card.CardGrid.TEXT_SIZE;
import static org.tsunagu.consultation.internal.card.CardGrid.TICK;
import static org.tsunagu.consultation.internal.card.CardGrid.WIDTH;

import java.io.IOException;
import java.util.List;

/**
 * The card's section on what worries the person: domains to tick, the details in words, and how
 * urgent it is.
 */
final class CardWorrySection {

  private final CardCanvas c;
  private final CardLabels l;
  private final CardGrid grid;

  CardWorrySection(CardCanvas canvas, CardLabels labels, CardGrid grid) {
    this.c = canvas;
    this.l = labels;
    this.grid = grid;
  }

  /** Draws the section from {@code top}; returns where it ends. */
  float draw(float top) throws IOException {
    float y = worries(top);
    y = details(y);
    return urgency(y - 8);
  }

  private float worries(float top) throws IOException {
    int columns = 3;
    float rowH = 22;
    int rows = (l.domains().size() + columns - 1) / columns;
    float h = rows * rowH + 8;
    c.box(LEFT, top - h, WIDTH, h, BORDER);
    float columnWidth = WIDTH / columns;
    for (int i = 0; i < l.domains().size(); i++) {
      float x = LEFT + 10 + (i % columns) * columnWidth;
      float centre = top - 4 - (i / columns) * rowH - rowH / 2;
      grid.tickWithText(l.domains().get(i), x, centre, columnWidth - 14);
    }
    return top - h;
  }

  private float details(float top) throws IOException {
    int lines = 4;
    float spacing = 22;
    float h = 20 + lines * spacing + 4;
    c.box(LEFT, top - h, WIDTH, h, BORDER);
    c.fill(LEFT + BORDER / 2, top - 20, WIDTH - BORDER, 20 - BORDER / 2, LABEL_GREY);
    c.line(LEFT, top - 20, RIGHT, top - 20, CardCanvas.HAIRLINE, 0f);
    c.text(l.details(), LEFT + PAD, top - 14.5f, c.regular, LABEL_SIZE);
    for (int i = 1; i <= lines; i++) {
      c.writingLine(LEFT + PAD, RIGHT - PAD, top - 20 - i * spacing);
    }
    return top - h;
  }

  private float urgency(float top) throws IOException {
    float h = 34;
    grid.row(l.urgencyHeading(), top, h);
    float x = LEFT + LABEL_WIDTH + 10;
    float centre = top - h / 2;
    for (String urgency : l.urgencies()) {
      grid.tickWithText(urgency, x, centre, 200);
      x += TICK + 6 + CardCanvas.width(urgency, c.regular, TEXT_SIZE) + 18;
    }
    float noteX = x + 4;
    List<String> note = CardCanvas.wrap(l.urgencyNote(), c.regular, NOTE_SIZE, RIGHT - PAD - noteX);
    float lead = NOTE_SIZE + 2;
    float first = centre + (note.size() - 1) * lead / 2 - NOTE_SIZE * 0.35f;
    for (int i = 0; i < note.size(); i++) {
      c.text(note.get(i), noteX, first - i * lead, c.regular, NOTE_SIZE);
    }
    return top - h;
  }
}
