package org.tsunagu.platform.numbers;

import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The text alternative of a chart for screen readers: its caption and each series' total, with a
 * pointer to the table beside it. Used from templates as {@code @chartText.alternative(chart)}.
 */
@Component("chartText")
public class ChartText {

  private final MessageSource messages;

  ChartText(MessageSource messages) {
    this.messages = messages;
  }

  public String alternative(Chart chart) {
    var locale = LocaleContextHolder.getLocale();
    String title = messages.getMessage(chart.titleKey(), chart.titleArgs().toArray(), locale);
    String totals =
        chart.series().stream()
            .map(
                s ->
                    messages.getMessage(
                        "charts.seriesTotal",
                        new Object[] {s.label(), String.format(locale, "%,d", s.total())},
                        locale))
            .collect(Collectors.joining(messages.getMessage("charts.separator", null, locale)));
    return messages.getMessage("charts.alternative", new Object[] {title, totals}, locale);
  }
}
