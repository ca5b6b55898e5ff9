package org.tsunagu.consultation.internal.numbers;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.platform.numbers.Chart;
import org.tsunagu.platform.numbers.Chart.Kind;
import org.tsunagu.platform.numbers.Chart.Series;
import org.tsunagu.platform.numbers.FiscalYear;
import org.tsunagu.platform.security.CurrentUser;

/**
 * The numbers page's charts: intakes month by month over the 年度 of the period's end, by area and by
 * window, this 年度 against the last, within the reader's scope.
 */
@Service
class ConsultationCharts {

  private final IntakeTrendCounts counts;
  private final NumbersLabels labels;
  private final MessageSource messages;

  ConsultationCharts(IntakeTrendCounts counts, NumbersLabels labels, MessageSource messages) {
    this.counts = counts;
    this.labels = labels;
    this.messages = messages;
  }

  @Transactional(readOnly = true)
  List<Chart> charts(CurrentUser user, ReportPeriod period, Locale locale) {
    FiscalYear year = FiscalYear.of(period.to());
    List<IntakeTrendCounts.Row> rows = counts.count(year, NumbersScope.of(user));
    String current = year.name(messages, locale);
    String previous = year.previous().name(messages, locale);
    List<String> titleArgs = List.of(current, previous);
    List<IntakeTrendCounts.Row> months =
        year.months().stream()
            .map(
                m ->
                    rows.stream()
                        .filter(r -> is(r, "MONTH") && r.key().equals(m.getMonthValue() + ""))
                        .findFirst()
                        .orElse(new IntakeTrendCounts.Row("MONTH", null, null, 0, 0)))
            .toList();
    List<String> monthNames =
        year.months().stream().map(m -> FiscalYear.monthName(m.getMonthValue(), locale)).toList();
    // Months still to come have no figure yet: a gap in the line, not a fall to zero.
    YearMonth thisMonth = YearMonth.from(ConsultationNumbersService.today());
    List<Long> currentByMonth = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      currentByMonth.add(year.months().get(i).isAfter(thisMonth) ? null : months.get(i).current());
    }
    Chart byMonth =
        new Chart(
            "chart-intakes-by-month",
            Kind.LINE,
            "numbers.chart.byMonth",
            titleArgs,
            "numbers.chart.month",
            monthNames,
            List.of(
                new Series(current, currentByMonth),
                new Series(
                    previous, months.stream().map(IntakeTrendCounts.Row::previous).toList())));
    return List.of(
        byMonth,
        named(
            "chart-intakes-by-area",
            "numbers.chart.byArea",
            titleArgs,
            "numbers.chart.area",
            rows,
            r -> is(r, "AREA"),
            current,
            previous,
            locale),
        named(
            "chart-intakes-by-window",
            "numbers.chart.byWindow",
            titleArgs,
            "numbers.chart.window",
            rows,
            r -> is(r, "WINDOW"),
            current,
            previous,
            locale));
  }

  private Chart named(
      String id,
      String titleKey,
      List<String> titleArgs,
      String headingKey,
      List<IntakeTrendCounts.Row> rows,
      Predicate<IntakeTrendCounts.Row> dimension,
      String current,
      String previous,
      Locale locale) {
    List<IntakeTrendCounts.Row> groups =
        rows.stream()
            .filter(dimension)
            .sorted(
                Comparator.comparingLong((IntakeTrendCounts.Row r) -> -r.current())
                    .thenComparingLong(r -> -r.previous())
                    .thenComparing(r -> r.name() == null ? "" : r.name()))
            .toList();
    List<String> names = groups.stream().map(r -> labels.name(r.name(), locale)).toList();
    return chart(
        id, Kind.HORIZONTAL_BAR, titleKey, titleArgs, headingKey, names, groups, current, previous);
  }

  private static Chart chart(
      String id,
      Kind kind,
      String titleKey,
      List<String> titleArgs,
      String headingKey,
      List<String> categories,
      List<IntakeTrendCounts.Row> rows,
      String current,
      String previous) {
    return new Chart(
        id,
        kind,
        titleKey,
        titleArgs,
        headingKey,
        categories,
        List.of(
            new Series(current, rows.stream().map(IntakeTrendCounts.Row::current).toList()),
            new Series(previous, rows.stream().map(IntakeTrendCounts.Row::previous).toList())));
  }

  private static boolean is(IntakeTrendCounts.Row r, String dimension) {
    return r.dimension().equals(dimension);
  }
}
