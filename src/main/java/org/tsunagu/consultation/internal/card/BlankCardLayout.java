package org.tsunagu.consultation.internal.card;

import static org.tsunagu.consultation.internal.card.CardCanvas.BORDER;
import static org.tsunagu.consultation.internal.card.CardCanvas.LABEL_GREY;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Where everything sits on the A4 card, top to bottom. Sizes are in points; type is at least 9 pt
 * for notes and 11.5 pt for what a salon host reads while filling the card in.
 */
final class BlankCardLayout {

  static final PDRectangle PAGE = PDRectangle.A4;
  private static final float LEFT = 36;
  private static final float RIGHT = PAGE.getWidth() - 36;
  private static final float WIDTH = RIGHT - LEFT;
  private static final float TOP = PAGE.getHeight() - 32;
  private static final float BOTTOM = 26;
  private static final float FOOTER_TOP = BOTTOM + 56;

  private static final float LABEL_WIDTH = 112;
  private static final float PAD = 6;
  private static final float LABEL_SIZE = 11.5f;
  private static final float TEXT_SIZE = 12;
  private static final float NOTE_SIZE = 9;
  private static final float TICK = 13;

  private final CardCanvas c;
  private final CardLabels l;

  BlankCardLayout(CardCanvas canvas, CardLabels labels) {
    this.c = canvas;
    this.l = labels;
  }

  void draw() throws IOException {
    float y = header(TOP);
    y = aboutTheCard(y - 8);
    y = heading(l.personHeading(), y - 12);
    y = person(y);
    y = heading(l.worriesHeading(), y - 12);
    y = worries(y);
    y = details(y);
    y = urgency(y - 8);
    y = heading(l.consentHeading(), y - 12);
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
    label(l.date(), x, top, LABEL_WIDTH, h);
    x += LABEL_WIDTH;
    c.box(x, top - h, dateWidth, h, BORDER);
    dateSlots(x + dateWidth - PAD, middle(top, h, TEXT_SIZE));
    x += dateWidth;
    label(l.recorder(), x, top, recorderLabel, h);
    x += recorderLabel;
    c.box(x, top - h, RIGHT - x, h, BORDER);
    float second = top - h;
    label(l.window(), LEFT, second, LABEL_WIDTH, h);
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

  private float heading(String text, float top) throws IOException {
    float size = 13.5f;
    c.fill(LEFT, top - 17, 4, 17, 0f);
    c.text(text, LEFT + 10, top - 14, c.bold, size);
    return top - 23;
  }

  private float person(float top) throws IOException {
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
    y = row(l.phone(), y, 28);
    float unknownH = 30;
    row(l.description(), y, unknownH);
    c.textRight(l.descriptionExample(), RIGHT - PAD, y - unknownH + 6, c.regular, NOTE_SIZE, 0.35f);
    return y - unknownH;
  }

  private float address(float top) throws IOException {
    float h = 44;
    row(l.address(), top, h);
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
      tickWithText(l.domains().get(i), x, centre, columnWidth - 14);
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
    row(l.urgencyHeading(), top, h);
    float x = LEFT + LABEL_WIDTH + 10;
    float centre = top - h / 2;
    for (String urgency : l.urgencies()) {
      tickWithText(urgency, x, centre, 200);
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

  private float consent(float top) throws IOException {
    float h = 34;
    float answerWidth = 140;
    float y = top;
    for (String question : List.of(l.mayContact(), l.mayShare())) {
      label(question, LEFT, y, WIDTH - answerWidth, h);
      float x = RIGHT - answerWidth;
      c.box(x, y - h, answerWidth, h, BORDER);
      float centre = y - h / 2;
      float yes = x + 14;
      tickWithText(l.yes(), yes, centre, answerWidth / 2);
      float no = yes + TICK + 6 + CardCanvas.width(l.yes(), c.regular, TEXT_SIZE) + 16;
      tickWithText(l.no(), no, centre, RIGHT - no);
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

  /** A grey label cell beside a white cell reaching the right margin. */
  private float row(String label, float top, float h) throws IOException {
    label(label, LEFT, top, LABEL_WIDTH, h);
    c.box(LEFT + LABEL_WIDTH, top - h, WIDTH - LABEL_WIDTH, h, BORDER);
    return top - h;
  }

  /** A grey cell with its text vertically centred, wrapped where the bundle or width says. */
  private void label(String text, float x, float top, float w, float h) throws IOException {
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

  private void tickWithText(String text, float x, float centre, float maxWidth) throws IOException {
    c.tickBox(x, centre - TICK / 2, TICK);
    PDFont font = c.regular;
    float size = CardCanvas.fit(text, font, TEXT_SIZE, maxWidth - TICK - 6);
    c.text(text, x + TICK + 6, centre - size * 0.35f, font, size);
  }

  /** The baseline that centres one line of text of this size in a cell. */
  private static float middle(float top, float h, float size) {
    return top - h / 2 - size * 0.35f;
  }
}
