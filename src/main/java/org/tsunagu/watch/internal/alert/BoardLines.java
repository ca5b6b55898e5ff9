package org.tsunagu.watch.internal.alert;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.web.DisplayFormats;

/**
 * The board's rows as its page shows them, with their words looked up once per page: resolved by
 * the template for each of 50 rows, the messages took most of the page's time
 * (docs/performance.md).
 */
@Component
public class BoardLines {

  /** One row of the board page; the texts are ready to show, the flags choose badges. */
  public record BoardLine(
      long id,
      String rowClass,
      String status,
      boolean danger,
      boolean exhausted,
      boolean forYou,
      String title,
      String opened,
      String waiting,
      String outcome) {}

  private final MessageSource messages;
  private final DisplayFormats formats;

  BoardLines(MessageSource messages, DisplayFormats formats) {
    this.messages = messages;
    this.formats = formats;
  }

  List<BoardLine> of(List<AlertBoard.BoardRow> rows, Locale locale) {
    Map<String, String> words = new HashMap<>();
    MessageFormat title = pattern("watch.alerts.rowTitle", locale);
    MessageFormat opened = pattern("watch.alerts.opened", locale);
    MessageFormat waiting = pattern("watch.alerts.waiting", locale);
    String someone = word(words, "watch.alert.someone", locale);
    return rows.stream()
        .map(
            r -> {
              boolean open = r.status().equals("OPEN");
              return new BoardLine(
                  r.id(),
                  rowClass(r),
                  word(words, "watch.alert.status." + r.status(), locale),
                  r.danger(),
                  open && r.exhausted(),
                  open && r.waitingForViewer(),
                  title.format(
                      new Object[] {
                        r.id(),
                        word(words, "watch.alert.cause." + r.cause(), locale),
                        r.personName() != null ? r.personName() : someone
                      }),
                  opened.format(new Object[] {formats.dateTime(r.openedAt())}),
                  open && r.stepDueAt() != null
                      ? waiting.format(
                          new Object[] {r.receiverName(), formats.dateTime(r.stepDueAt())})
                      : null,
                  r.status().equals("CLOSED") && r.outcome() != null
                      ? word(words, "watch.outcome." + r.outcome(), locale)
                      : null);
            })
        .toList();
  }

  private static String rowClass(AlertBoard.BoardRow r) {
    return switch (r.status()) {
      case "OPEN" -> r.danger() || r.exhausted() ? "alert-urgent" : "alert-open";
      case "CLOSED" -> "alert-closed";
      default -> "alert-taken";
    };
  }

  private String word(Map<String, String> words, String key, Locale locale) {
    return words.computeIfAbsent(key, k -> messages.getMessage(k, null, locale));
  }

  private MessageFormat pattern(String key, Locale locale) {
    return new MessageFormat(messages.getMessage(key, null, locale), locale);
  }
}
