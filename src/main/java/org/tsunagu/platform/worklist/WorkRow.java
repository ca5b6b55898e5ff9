package org.tsunagu.platform.worklist;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tsunagu.platform.web.DisplayFormats;

/**
 * A work item as a page or the API shows it: its summary's arguments with dates written for the
 * reader, its age in days and its deadline, both in Tokyo's calendar.
 */
public record WorkRow(
    WorkItem item, Object[] summaryArgs, long ageDays, String dueText, boolean late) {

  static WorkRow of(WorkItem item, LocalDate today, Locale locale) {
    Object[] args =
        Arrays.stream(item.summaryArgs())
            .map(a -> a instanceof LocalDate d ? DisplayFormats.date(d, locale) : a)
            .toArray();
    long age =
        item.since() == null
            ? 0
            : Math.max(
                0,
                ChronoUnit.DAYS.between(
                    item.since().atZone(DisplayFormats.TOKYO).toLocalDate(), today));
    LocalDate due = item.due();
    return new WorkRow(
        item,
        args,
        age,
        due == null ? null : DisplayFormats.date(due, locale),
        due != null && due.isBefore(today));
  }

  static List<WorkRow> of(List<WorkItem> items, Locale locale) {
    LocalDate today = LocalDate.now(DisplayFormats.TOKYO);
    return items.stream().map(i -> of(i, today, locale)).toList();
  }

  /** 今日, 昨日 or 3日前 (the message key; {@link #ageDays} is its argument). */
  public String ageKey() {
    if (item.since() == null) {
      return null;
    }
    return ageDays == 0
        ? "worklist.age.today"
        : ageDays == 1 ? "worklist.age.yesterday" : "worklist.age.days";
  }
}
