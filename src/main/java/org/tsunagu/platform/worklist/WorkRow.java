package org.tsunagu.platform.worklist;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.tsunagu.platform.web.DisplayFormats;

/**
 * A work item as a page or the API shows it, its words already in the reader's language: the badge
 * of its kind, the one-line summary (dates written for the reader), its age (今日, 昨日, 3日前) and its
 * deadline, in Tokyo's calendar. Resolved once here, so a page of fifty rows is not fifty times a
 * handful of template expressions; a part a row lacks is an empty element the style sheet hides,
 * not a condition per row.
 */
public record WorkRow(
    WorkItem item,
    String kindClass,
    String badge,
    String summary,
    long ageDays,
    String age,
    String dueText,
    String due,
    boolean late) {

  static List<WorkRow> of(
      List<WorkItem> items, LocalDate today, MessageSource messages, Locale locale) {
    return items.stream().map(i -> of(i, today, messages, locale)).toList();
  }

  private static WorkRow of(WorkItem item, LocalDate today, MessageSource messages, Locale locale) {
    Object[] args =
        Arrays.stream(item.summaryArgs())
            .map(a -> a instanceof LocalDate d ? DisplayFormats.date(d, locale) : a)
            .toArray();
    long ageDays =
        item.since() == null
            ? 0
            : Math.max(
                0,
                ChronoUnit.DAYS.between(
                    item.since().atZone(DisplayFormats.TOKYO).toLocalDate(), today));
    String age =
        item.since() == null
            ? null
            : messages.getMessage(ageKey(ageDays), new Object[] {ageDays}, locale);
    LocalDate dueOn = item.due();
    boolean late = dueOn != null && dueOn.isBefore(today);
    String dueText = dueOn == null ? null : DisplayFormats.date(dueOn, locale);
    String due =
        dueText == null
            ? null
            : messages.getMessage(
                late ? "worklist.due.late" : "worklist.due", new Object[] {dueText}, locale);
    return new WorkRow(
        item,
        "kind-" + item.kind().name().toLowerCase(Locale.ROOT),
        messages.getMessage(item.kind().messageKey(), null, locale),
        // A module's missing label shows as its key rather than failing the whole list.
        messages.getMessage(item.summaryKey(), args, item.summaryKey(), locale),
        ageDays,
        age,
        dueText,
        due,
        late);
  }

  /** Who it is about, where shown; an empty element otherwise (hidden by the style sheet). */
  public String who() {
    return item.who();
  }

  public String href() {
    return item.href();
  }

  /** The deadline's class: late ones stand out. */
  public String dueClass() {
    return late ? "late" : null;
  }

  private static String ageKey(long days) {
    return days == 0
        ? "worklist.age.today"
        : days == 1 ? "worklist.age.yesterday" : "worklist.age.days";
  }
}
