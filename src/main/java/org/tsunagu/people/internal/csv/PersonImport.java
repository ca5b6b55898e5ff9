package org.tsunagu.people.internal.csv;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.people.internal.person.PersonBulkWriter;
import org.tsunagu.people.internal.person.ValidPerson;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.imports.ColumnMapping;
import org.tsunagu.platform.imports.ImportFileException;
import org.tsunagu.platform.imports.ImportFiles;
import org.tsunagu.platform.imports.ImportLimits;
import org.tsunagu.platform.imports.ImportProblem;
import org.tsunagu.platform.imports.ImportTable;
import org.tsunagu.platform.jobs.BackgroundJobs;
import org.tsunagu.platform.web.SafeLog;

/**
 * Imports persons in the background from a CSV or xlsx file, read with the job's column mapping.
 * Every row is checked first; one bad row rejects the whole file with every bad row listed, each
 * with the value the file held. Only a clean file is written, in one transaction.
 */
@Service
public class PersonImport {

  static final String KIND = PersonImportFormat.KIND;
  private static final int PROGRESS_EVERY = PersonImportCheck.PROGRESS_EVERY;
  private static final Duration MAPPING_KEPT = Duration.ofDays(1);
  private static final Logger log = LoggerFactory.getLogger(PersonImport.class);

  private final BackgroundJobs jobs;
  private final PersonImportCheck check;
  private final PersonBulkWriter writer;
  private final TaskExecutor executor;
  private final TransactionTemplate transaction;
  private final AuditLog audit;
  private final ImportLimits limits;

  PersonImport(
      BackgroundJobs jobs,
      PersonImportCheck check,
      PersonBulkWriter writer,
      TaskExecutor jobExecutor,
      PlatformTransactionManager tm,
      AuditLog audit,
      ImportLimits limits) {
    this.jobs = jobs;
    this.check = check;
    this.writer = writer;
    this.executor = jobExecutor;
    this.transaction = new TransactionTemplate(tm);
    this.audit = audit;
    this.limits = limits;
  }

  /** Starts the job on this node (after the transaction that queued it has committed). */
  void start(long jobId) {
    executor.execute(() -> run(jobId));
  }

  /** Picks up work whose node stopped before or during it; forgets files never mapped. */
  @Scheduled(fixedDelay = 30_000, initialDelay = 30_000)
  @SchedulerLock(name = "person-import-sweeper", lockAtMostFor = "PT1M")
  public void sweep() {
    jobs.requeueStalled();
    jobs.expireAwaitingMapping(KIND, MAPPING_KEPT, "import.error.mappingExpired");
    jobs.waiting(KIND).forEach(this::start);
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
    ImportTable table;
    try {
      table = ImportFiles.read(jobs.payload(jobId));
    } catch (ImportFileException e) {
      fail(
          jobId,
          e.messageKey(),
          e.line() > 0
              ? List.of(new ImportProblem(e.line(), null, e.messageKey(), null, null))
              : List.of());
      return;
    }
    int total = table.rows().size();
    if (total == 0) {
      jobs.fail(jobId, "import.error.noRows", null, null);
      return;
    }
    if (total > limits.maxRows()) {
      String max = String.valueOf(limits.maxRows());
      fail(
          jobId,
          "import.error.tooManyRows",
          List.of(new ImportProblem(0, null, "import.error.tooManyRows", max, null)));
      return;
    }
    ColumnMapping mapping =
        job.columnMapping() != null
            ? ColumnMapping.decode(job.columnMapping())
            : ColumnMapping.identity(PersonImportFormat.FORMAT, table.headings()).orElse(null);
    if (mapping == null) {
      List<String> missing =
          PersonImportFormat.FORMAT.headings().stream()
              .filter(h -> !table.headings().contains(h))
              .toList();
      fail(
          jobId,
          "import.error.rows",
          List.of(
              new ImportProblem(
                  1, null, "import.error.missingColumns", String.join("、", missing), null)));
      return;
    }
    // Progress runs 0..total while checking and total..2*total while writing.
    jobs.progress(jobId, 0, total * 2);
    List<ImportProblem> problems = new ArrayList<>();
    List<ImportProblem> warnings = new ArrayList<>();
    List<ValidPerson> valid =
        check.check(table, mapping, problems, warnings, n -> jobs.progress(jobId, n, total * 2));
    String warningText = ImportProblem.encode(warnings);
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(ImportProblem::line));
      jobs.fail(jobId, "import.error.rows", ImportProblem.encode(problems), warningText);
      return;
    }
    write(job, valid, total);
    jobs.succeed(jobId, valid.size(), warningText);
  }

  private void write(BackgroundJobs.Job job, List<ValidPerson> valid, int total) {
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
                  jobs.progress(job.id(), total + n, total * 2);
                }
              });
          audit.recordFor(
              job.ownerUserId(),
              job.ownerOrgId(),
              AuditAction.IMPORT,
              "person",
              null,
              "job=" + job.id() + ";rows=" + valid.size());
        });
  }

  private void fail(long jobId, String messageKey, List<ImportProblem> problems) {
    jobs.fail(jobId, messageKey, ImportProblem.encode(problems), null);
  }
}
