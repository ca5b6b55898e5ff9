package org.tsunagu.people.internal.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.people.PeoplePermissions;
import org.tsunagu.people.internal.address.PostcodeDirectory;
import org.tsunagu.people.internal.person.PersonBulkWriter;
import org.tsunagu.people.internal.person.PersonRules;
import org.tsunagu.people.internal.person.ValidPerson;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.jobs.BackgroundJobs;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.platform.web.SafeLog;
import org.tsunagu.platform.web.UserFacingException;

/**
 * Imports persons from CSV in the background. Every row is checked first; one bad row rejects the
 * whole file with every bad row listed. Only a clean file is written, in one transaction.
 */
@Service
public class PersonImport {

  static final String KIND = "PERSON_IMPORT";
  static final int MAX_LISTED_PROBLEMS = 1000;
  private static final int PROGRESS_EVERY = 1000;
  private static final Logger log = LoggerFactory.getLogger(PersonImport.class);

  private final BackgroundJobs jobs;
  private final PersonRules rules;
  private final PersonBulkWriter writer;
  private final PostcodeDirectory postcodes;
  private final AuditLog audit;
  private final TaskExecutor executor;
  private final TransactionTemplate transaction;
  private final JdbcTemplate jdbc;
  private final ImportLimits limits;

  PersonImport(
      BackgroundJobs jobs,
      PersonRules rules,
      PersonBulkWriter writer,
      PostcodeDirectory postcodes,
      AuditLog audit,
      TaskExecutor jobExecutor,
      PlatformTransactionManager tm,
      JdbcTemplate jdbc,
      ImportLimits limits) {
    this.jobs = jobs;
    this.rules = rules;
    this.writer = writer;
    this.postcodes = postcodes;
    this.audit = audit;
    this.executor = jobExecutor;
    this.transaction = new TransactionTemplate(tm);
    this.jdbc = jdbc;
    this.limits = limits;
  }

  /**
   * Takes the file in and starts the work once the job is committed; a file over the limits is
   * refused here, before anything is stored.
   */
  @Transactional
  public long submit(CurrentUser user, String fileName, byte[] content) {
    if (!user.may(PeoplePermissions.IMPORT)) {
      throw new org.springframework.security.access.AccessDeniedException("import");
    }
    if (content.length == 0) {
      throw new UserFacingException("import.error.empty", 400);
    }
    limits.check(content);
    String name = fileName == null ? "import.csv" : fileName.replaceAll("[\\\\/<>\"]", "_");
    long id = jobs.enqueue(KIND, user.id(), user.organizationId(), name, content);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            executor.execute(() -> run(id));
          }
        });
    return id;
  }

  /** Picks up work whose node stopped before or during it. */
  @Scheduled(fixedDelay = 30_000, initialDelay = 30_000)
  @SchedulerLock(name = "person-import-sweeper", lockAtMostFor = "PT1M")
  public void sweep() {
    jobs.requeueStalled();
    jobs.waiting(KIND).forEach(id -> executor.execute(() -> run(id)));
  }

  void run(long jobId) {
    if (!jobs.claim(jobId)) {
      return;
    }
    try {
      execute(jobId);
    } catch (RuntimeException e) {
      log.error("Import job {} failed: {}", jobId, SafeLog.describe(e));
      jobs.fail(jobId, "import.error.unexpected", null, null);
    }
  }

  private void execute(long jobId) {
    BackgroundJobs.Job job = jobs.find(jobId).orElseThrow();
    Optional<String> text = CsvDecoding.decode(jobs.payload(jobId));
    if (text.isEmpty()) {
      jobs.fail(jobId, "import.error.encoding", null, null);
      return;
    }
    int total;
    try {
      total = PersonCsvReader.countRows(text.get());
    } catch (PersonCsvReader.FormatException e) {
      jobs.fail(jobId, e.messageKey, e.line + "\t\t" + e.messageKey + "\t", null);
      return;
    }
    if (total == 0) {
      jobs.fail(jobId, "import.error.noRows", null, null);
      return;
    }
    if (total > limits.maxRows()) {
      jobs.fail(
          jobId,
          "import.error.tooManyRows",
          "0\t\timport.error.tooManyRows\t" + limits.maxRows(),
          null);
      return;
    }
    // Progress runs 0..total while checking and total..2*total while writing.
    jobs.progress(jobId, 0, total * 2);
    List<PersonCsvReader.LineProblem> problems = new ArrayList<>();
    List<PersonCsvReader.Row> rows;
    try {
      rows =
          new PersonCsvReader(postcodes)
              .read(
                  text.get(),
                  problems,
                  n -> {
                    if (n % PROGRESS_EVERY == 0) {
                      jobs.progress(jobId, n, total * 2);
                    }
                  });
    } catch (PersonCsvReader.FormatException e) {
      jobs.fail(jobId, e.messageKey, e.line + "\t\t" + e.messageKey + "\t", null);
      return;
    }
    List<ValidPerson> valid = new ArrayList<>(rows.size());
    List<PersonCsvReader.LineProblem> warnings = new ArrayList<>();
    for (PersonCsvReader.Row row : rows) {
      Problems p = new Problems();
      rules.check(row.input(), p);
      p.list()
          .forEach(
              f ->
                  problems.add(
                      new PersonCsvReader.LineProblem(
                          row.line(),
                          f.field(),
                          f.messageKey(),
                          f.args().length == 0 ? null : String.valueOf(f.args()[0]))));
      if (p.isEmpty()) {
        valid.add(rules.normaliseChecked(row.input()));
        if (!fitsWindows31j(row)) {
          warnings.add(
              new PersonCsvReader.LineProblem(
                  row.line(), null, "import.warning.notWindows31j", null));
        }
      }
    }
    String warningText = encode(warnings);
    if (!problems.isEmpty()) {
      problems.sort(java.util.Comparator.comparingInt(PersonCsvReader.LineProblem::line));
      jobs.fail(jobId, "import.error.rows", encode(problems), warningText);
      return;
    }
    transaction.executeWithoutResult(
        s -> {
          Map<String, Long> households = new HashMap<>();
          writer.write(
              valid,
              job.ownerOrgId(),
              job.ownerUserId(),
              households,
              n -> {
                if (n % PROGRESS_EVERY == 0) {
                  jobs.progress(jobId, total + n, total * 2);
                }
              });
          audit.recordFor(
              job.ownerUserId(),
              job.ownerOrgId(),
              AuditAction.IMPORT,
              "person",
              null,
              "job=" + jobId + ";rows=" + valid.size());
        });
    jobs.succeed(jobId, valid.size(), warningText);
  }

  private static boolean fitsWindows31j(PersonCsvReader.Row row) {
    var in = row.input();
    return CsvDecoding.fitsWindows31j(in.familyName())
        && CsvDecoding.fitsWindows31j(in.givenName())
        && CsvDecoding.fitsWindows31j(in.addressLine());
  }

  /** Problems as lines of "line TAB column TAB key TAB arg", capped for display. */
  static String encode(List<PersonCsvReader.LineProblem> problems) {
    if (problems.isEmpty()) {
      return null;
    }
    String listed =
        problems.stream()
            .limit(MAX_LISTED_PROBLEMS)
            .map(
                p ->
                    p.line()
                        + "\t"
                        + (p.column() == null ? "" : p.column())
                        + "\t"
                        + p.messageKey()
                        + "\t"
                        + (p.arg() == null ? "" : p.arg().replace('\t', ' ').replace('\n', ' ')))
            .collect(Collectors.joining("\n"));
    return problems.size() > MAX_LISTED_PROBLEMS
        ? listed + "\n0\t\timport.error.more\t" + (problems.size() - MAX_LISTED_PROBLEMS)
        : listed;
  }

  /** Decodes {@link #encode} for display. */
  public static List<PersonCsvReader.LineProblem> decode(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return text.lines()
        .map(l -> l.split("\t", -1))
        .map(
            f ->
                new PersonCsvReader.LineProblem(
                    Integer.parseInt(f[0]),
                    f[1].isEmpty() ? null : f[1],
                    f[2],
                    f.length < 4 || f[3].isEmpty() ? null : f[3]))
        .toList();
  }
}
