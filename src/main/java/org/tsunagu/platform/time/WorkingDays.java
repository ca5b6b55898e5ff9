package org.tsunagu.platform.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Working-day arithmetic for deadlines: weekends, national holidays and the year-end closure
 * (12月29日〜1月3日) are not working days. Holidays are known only for the years the CSV covers
 * (1970–2050 in the bundled file); outside them only weekends and the closure count.
 */
public final class WorkingDays {

  private static final String CLASSPATH_RESOURCE = "/data/holidays/holidays.csv";

  private record Holiday(String name, String nameEn) {}

  private final Map<LocalDate, Holiday> holidays;

  /** Reads a holidays CSV with the header {@code date,name,name_en} and ISO dates. */
  public WorkingDays(InputStream csv) {
    Objects.requireNonNull(csv, "csv");
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    Map<LocalDate, Holiday> loaded = new HashMap<>();
    try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord row : format.parse(reader)) {
        Holiday holiday = new Holiday(row.get("name"), row.get("name_en"));
        loaded.put(LocalDate.parse(row.get("date")), holiday);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read holidays CSV", e);
    }
    this.holidays = Map.copyOf(loaded);
  }

  /** Working days according to the holidays bundled with the application. */
  public static WorkingDays fromClasspath() {
    InputStream csv = WorkingDays.class.getResourceAsStream(CLASSPATH_RESOURCE);
    if (csv == null) {
      throw new IllegalStateException("Missing classpath resource " + CLASSPATH_RESOURCE);
    }
    return new WorkingDays(csv);
  }

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY
        && dow != DayOfWeek.SUNDAY
        && !holidays.containsKey(date)
        && !isYearEndClosure(date);
  }

  /**
   * The {@code n}-th working day after {@code start}; for {@code n == 0}, {@code start} itself if
   * it is a working day, otherwise the next working day.
   */
  public LocalDate plusWorkingDays(LocalDate start, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative: " + n);
    }
    LocalDate date = start;
    if (n == 0) {
      while (!isWorkingDay(date)) {
        date = date.plusDays(1);
      }
      return date;
    }
    int remaining = n;
    while (remaining > 0) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        remaining--;
      }
    }
    return date;
  }

  /** The number of working days in {@code (fromExclusive, toInclusive]}; 0 for an empty range. */
  public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    int count = 0;
    for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  /**
   * The name of the national holiday on {@code date}, in Japanese for Japanese locales and in
   * English otherwise. The year-end closure is not a national holiday.
   */
  public Optional<String> holidayName(LocalDate date, Locale locale) {
    boolean japanese = locale != null && "ja".equals(locale.getLanguage());
    return Optional.ofNullable(holidays.get(date)).map(h -> japanese ? h.name() : h.nameEn());
  }

  private static boolean isYearEndClosure(LocalDate date) {
    return (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() >= 29)
        || (date.getMonth() == Month.JANUARY && date.getDayOfMonth() <= 3);
  }
}
