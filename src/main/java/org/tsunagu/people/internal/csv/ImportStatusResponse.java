package org.tsunagu.people.internal.csv;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.tsunagu.platform.jobs.BackgroundJobs;

/**
 * An import's progress and result as the API shows it. Each problem carries its message key (a
 * stable code a client can act on) and the message in the caller's language; the stored job's
 * payload, owner and encoded problem text stay inside.
 */
record ImportStatusResponse(
    long id,
    BackgroundJobs.Status status,
    int processed,
    int total,
    int percent,
    int imported,
    String messageKey,
    String message,
    List<LineProblemResponse> problems,
    List<LineProblemResponse> warnings) {

  /** A problem on a line of the file (line 1 is the header), in a column when it is one. */
  record LineProblemResponse(
      int line, String column, String messageKey, String arg, String message) {}

  static ImportStatusResponse of(BackgroundJobs.Job j, MessageSource messages, Locale locale) {
    List<PersonCsvReader.LineProblem> problems = PersonImport.decode(j.errors());
    return new ImportStatusResponse(
        j.id(),
        j.status(),
        j.processed(),
        j.total(),
        j.percent(),
        j.resultCount(),
        j.messageKey(),
        j.messageKey() == null ? null : jobMessage(j.messageKey(), problems, messages, locale),
        lines(problems, messages, locale),
        lines(PersonImport.decode(j.warnings()), messages, locale));
  }

  private static List<LineProblemResponse> lines(
      List<PersonCsvReader.LineProblem> problems, MessageSource messages, Locale locale) {
    return problems.stream()
        .map(
            p ->
                new LineProblemResponse(
                    p.line(),
                    p.column(),
                    p.messageKey(),
                    p.arg(),
                    messages.getMessage(p.messageKey(), args(p.arg()), p.messageKey(), locale)))
        .toList();
  }

  /** A failed job's message takes its argument from the line problem of the same key, if any. */
  private static String jobMessage(
      String key,
      List<PersonCsvReader.LineProblem> problems,
      MessageSource messages,
      Locale locale) {
    String arg =
        problems.stream()
            .filter(p -> key.equals(p.messageKey()) && p.arg() != null)
            .map(PersonCsvReader.LineProblem::arg)
            .findFirst()
            .orElse(null);
    return messages.getMessage(key, args(arg), key, locale);
  }

  private static Object[] args(String arg) {
    return arg == null ? null : new Object[] {arg};
  }
}
