package org.tsunagu.consultation.internal.card;

import static org.tsunagu.consultation.internal.card.CardCanvas.BORDER;
import static org.tsunagu.consultation.internal.card.CardCanvas.LABEL_GREY;
import static org.tsunagu.consultation.internal.card.CardGrid.LABEL_WIDTH;
import static org.tsunagu.consultation.internal.card.CardGrid.LEFT;
import static org.tsunagu.consultation.internal.card.CardGrid.NOTE_SIZE;
import static org.tsunagu.consultation.internal.card.CardGrid.PAD;
import static org.tsunagu.consultation.internal.card.CardGrid.RIGHT;
import static org.tsunagu.consultation.internal.card.CardGrid.TEXT_SIZE;
import static org.tsunagu.consultation.internal.card.CardGrid.TICK;
import static org.tsunagu.consultation.internal.card.CardGrid.WIDTH;
import static org.tsunagu.consultation.internal.card.CardGrid.middle;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Where everything sits on the A4 card, top to bottom. */
final class BlankCardLayout {

  static final PDRectangle PAGE = PDRectangle.A4;
  private static final float TOP = PAGE.getHeight() - 32;
  private static final float BOTTOM = 26;
  private static final float FOOTER_TOP = BOTTOM + 56;

  private final CardCanvas c;
  private final CardLabels l;
  private final CardGrid grid;
  private final CardPersonSection person;
  private final CardWorrySection worries;

  BlankCardLayout(CardCanvas canvas, CardLabels labels) {
    this.c = canvas;
    this.l = labels;
    this.grid = new CardGrid(canvas);
    this.person = new CardPersonSection(canvas, labels, grid);
    this.worries = new CardWorrySection(canvas, labels, grid);
  }

  void draw() throws IOException {
    float y = header(TOP);
    y = aboutTheCard(y - 8);
    y = grid.heading(l.personHeading(), y - 12);
    y = person.draw(y);
    y = grid.heading(l.worriesHeading(), y - 12);
    y = worries.draw(y);
    y = grid.heading(l.consentHeading(), y - 12);
    y = consent(y);
    if (y < FOOTER_TOP + 6) {
      throw new IllegalStateException("the card's texts are too long for one page");
    }
    footer();
  }

  private float header(float top) throws IOException {
    c.text(l.subtitle(), LEFT, top - 11, c.regular, 11);
    c.text(l.title(), LEFT, top - 38, c.bold, 26);
    float stampWidth = Math.max(84, CardCanvas.width(l.confidential(), c.bold, 13) + 24);
    float stampBottom = top - 30;
    c.box(RIGHT - stampWidth, stampBottom, stampWidth, 26, 1.4f);
    c.textCentred(l.confidential(), RIGHT - stampWidth / 2, stampBottom + 8.5f, c.bold, 13);
    float baseline = top - 56;
    int lines = c.paragraph(l.lead(), LEFT, baseline, WIDTH, c.regular, 11, 15);
    return baseline - (lines - 1) * 15 - 4;
  }

  private float aboutTheCard(float top) throws IOException {
    float h = 28;
    float dateWidth = 170;
    float recorderLabel = 80;
    float x = LEFT;
    grid.label(l.date(), x, top, LABEL_WIDTH, h);
    x += LABEL_WIDTH;
    c.box(x, top - h, dateWidth, h, BORDER);
    dateSlots(x + dateWidth - PAD, middle(top, h, TEXT_SIZE));
    x += dateWidth;
    grid.label(l.recorder(), x, top, recorderLabel, h);
    x += recorderLabel;
    c.box(x, top - h, RIGHT - x, h, BORDER);
    float second = top - h;
    grid.label(l.window(), LEFT, second, LABEL_WIDTH, h);
    c.box(LEFT + LABEL_WIDTH, second - h, WIDTH - LABEL_WIDTH, h, BORDER);
    return second - h;
  }

  /** 「　　年　　月　　日」 right-aligned, leaving room to write the numbers. */
  private void dateSlots(float right, float baseline) throws IOException {
    float x = right;
    for (String unit : List.of(l.day(), l.month(), l.year())) {
      float w = CardCanvas.width(unit, c.regular, TEXT_SIZE);
      x -= w;
      c.text(unit, x, baseline, c.regular, TEXT_SIZE);
      x -= 30;
    }
  }

  private float consent(float top) throws IOException {
    float h = 34;
    float answerWidth = 140;
    float y = top;
    for (String question : List.of(l.mayContact(), l.mayShare())) {
      grid.label(question, LEFT, y, WIDTH - answerWidth, h);
      float x = RIGHT - answerWidth;
      c.box(x, y - h, answerWidth, h, BORDER);
      float centre = y - h / 2;
      float yes = x + 14;
      grid.tickWithText(l.yes(), yes, centre, answerWidth / 2);
      float no = yes + TICK + 6 + CardCanvas.width(l.yes(), c.regular, TEXT_SIZE) + 16;
      grid.tickWithText(l.no(), no, centre, RIGHT - no);
      y -= h;
    }
    return y;
  }

  private void footer() throws IOException {
    float ruleY = FOOTER_TOP;
    c.line(LEFT, ruleY, RIGHT, ruleY, CardCanvas.HAIRLINE, 0.3f);
    c.text(l.handTo(), LEFT, ruleY - 17, c.bold, 13);
    c.paragraph(l.privacy(), LEFT, ruleY - 32, WIDTH, c.regular, NOTE_SIZE, NOTE_SIZE + 2);
    officeUse(BOTTOM);
  }

  /** A strip for the council: when the card came in, its intake number, who typed it in. */
  private void officeUse(float bottom) throws IOException {
    float h = 18;
    float labelWidth = CardCanvas.width(l.office(), c.regular, NOTE_SIZE) + 2 * PAD;
    c.fill(LEFT, bottom, labelWidth, h, LABEL_GREY);
    c.box(LEFT, bottom, WIDTH, h, CardCanvas.HAIRLINE);
    c.line(LEFT + labelWidth, bottom, LEFT + labelWidth, bottom + h, CardCanvas.HAIRLINE, 0f);
    float baseline = bottom + 6;
    c.text(l.office(), LEFT + PAD, baseline, c.regular, NOTE_SIZE);
    List<String> fields = List.of(l.officeReceived(), l.officeNumber(), l.officeEnteredBy());
    float slot = (WIDTH - labelWidth) / fields.size();
    for (int i = 0; i < fields.size(); i++) {
      c.text(fields.get(i), LEFT + labelWidth + PAD + i * slot, baseline, c.regular, NOTE_SIZE);
    }
  }
}
