package org.tsunagu.platform.numbers;

import java.util.List;

/**
 * A chart and the table it is drawn from: categories (months, areas, windows) down the side, one
 * column per series (this 年度, last 年度). The page renders it with the fragment {@code charts ::
 * chart(${chart})}, which shows the table beside the canvas; {@code /js/charts.js} draws the canvas
 * from that table with Chart.js, so the figures a reader sees and the picture are one.
 *
 * @param id the element id, unique on the page; also the name of the saved PNG
 * @param titleKey message key of the caption
 * @param titleArgs arguments of the caption (e.g. the 年度 names)
 * @param categoryHeadingKey message key of the categories' column heading
 */
public record Chart(
    String id,
    Kind kind,
    String titleKey,
    List<String> titleArgs,
    String categoryHeadingKey,
    List<String> categories,
    List<Series> series) {

  /** How Chart.js draws it: a line over time, or bars (horizontal for long names). */
  public enum Kind {
    LINE,
    BAR,
    HORIZONTAL_BAR
  }

  /** One column of figures, a value per category; null where there is no figure yet. */
  public record Series(String label, List<Long> values) {

    public Series {
      values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }

    public long total() {
      return values.stream().filter(java.util.Objects::nonNull).mapToLong(Long::longValue).sum();
    }
  }

  public Chart {
    titleArgs = List.copyOf(titleArgs);
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    for (Series s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException("a value per category in series " + s.label());
      }
    }
  }

  /** The value of a series for the category at an index (for the table's rows), or null. */
  public Long value(int series, int category) {
    return this.series.get(series).values().get(category);
  }

  public boolean isEmpty() {
    return categories.isEmpty();
  }

  /** The kind as Chart.js names it, for the page's data attribute. */
  public String kindName() {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
