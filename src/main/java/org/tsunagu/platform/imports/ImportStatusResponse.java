package org.tsunagu.platform.imports;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.tsunagu.platform.jobs.BackgroundJobs;

/**
 * An import's progress and result as the API shows it. Each problem carries its message key (a
 * stable code a client can act on), the message in the caller's language and the value the file
 * held; the stored job's payload, owner and encoded problem text stay inside.
 */
public record ImportStatusResponse(
    long id,
    BackgroundJobs.Status status,
    @Schema(description = "Place in the queue while QUEUED (1 is next), 0 otherwise")
        int queuePosition,
    int processed,
    int total,
    int percent,
    int imported,
    String messageKey,
    String message,
    List<LineProblemResponse> problems,
    List<LineProblemResponse> warnings) {

  /** A problem on a line of the file (line 1 is the header), in a column when it is one. */
  public record LineProblemResponse(
      int line,
      @Schema(description = "The field of the column (e.g. birthDate), null for the whole line")
          String column,
      String messageKey,
      String arg,
      @Schema(description = "The value the file held in that column") String value,
      String message) {}

  public static ImportStatusResponse of(
      BackgroundJobs.Job j, int queuePosition, MessageSource messages, Locale locale) {
    List<ImportProblem> problems = ImportProblem.decode(j.errors());
    return new ImportStatusResponse(
        j.id(),
        j.status(),
        queuePosition,
        j.processed(),
        j.total(),
        j.percent(),
        j.resultCount(),
        j.messageKey(),
        j.messageKey() == null ? null : jobMessage(j.messageKey(), problems, messages, locale),
        lines(problems, messages, locale),
        lines(ImportProblem.decode(j.warnings()), messages, locale));
  }

  private static List<LineProblemResponse> lines(
      List<ImportProblem> problems, MessageSource messages, Locale locale) {
    return problems.stream()
        .map(
            p ->
                new LineProblemResponse(
                    p.line(),
                    p.column(),
                    p.messageKey(),
                    p.arg(),
                    p.value(),
                    messages.getMessage(p.messageKey(), args(p.arg()), p.messageKey(), locale)))
        .toList();
  }

  /** A failed job's message takes its argument from the line problem of the same key, if any. */
  private static String jobMessage(
      String key, List<ImportProblem> problems, MessageSource messages, Locale locale) {
    String arg =
        problems.stream()
            .filter(p -> key.equals(p.messageKey()) && p.arg() != null)
            .map(ImportProblem::arg)
            .findFirst()
            .orElse(null);
    return messages.getMessage(key, args(arg), key, locale);
  }

  private static Object[] args(String arg) {
    return arg == null ? null : new Object[] {arg};
  }
}
