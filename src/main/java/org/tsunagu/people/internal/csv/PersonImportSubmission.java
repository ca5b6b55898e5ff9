package org.tsunagu.people.internal.csv;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tsunagu.people.PeoplePermissions;
import org.tsunagu.platform.imports.ColumnMapping;
import org.tsunagu.platform.imports.ImportFileException;
import org.tsunagu.platform.imports.ImportFiles;
import org.tsunagu.platform.imports.ImportLimits;
import org.tsunagu.platform.imports.ImportMappings;
import org.tsunagu.platform.imports.ImportTable;
import org.tsunagu.platform.jobs.BackgroundJobs;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FieldErrorsException.FieldProblem;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.UserFacingException;

/**
 * Takes a person list in. A file with the template's headings is queued as it is; a file whose
 * headings the organisation mapped before is queued with that mapping; any other file waits for its
 * owner to map its headings once ({@link #map}), and the mapping is remembered for the
 * organisation. Files over the limits are refused before anything is stored.
 */
@Service
public class PersonImportSubmission {

  /** The queued job, or the job waiting for its mapping. */
  public record Submitted(long jobId, boolean needsMapping) {}

  private static final int PREVIEW_ROWS = 3;

  private final BackgroundJobs jobs;
  private final ImportMappings mappings;
  private final ImportLimits limits;
  private final PersonImport imports;

  PersonImportSubmission(
      BackgroundJobs jobs, ImportMappings mappings, ImportLimits limits, PersonImport imports) {
    this.jobs = jobs;
    this.mappings = mappings;
    this.limits = limits;
    this.imports = imports;
  }

  @Transactional
  public Submitted submit(CurrentUser user, String fileName, byte[] content) {
    requireImport(user);
    if (content.length == 0) {
      throw new UserFacingException("import.error.empty", 400);
    }
    Optional<List<String>> headings = limits.check(content).map(ImportTable::headings);
    String name =
        fileName == null ? "import.csv" : fileName.replaceAll("[\\\\/<>\"\\p{Cntrl}]", "_");
    if (headings.isEmpty()
        || ColumnMapping.identity(PersonImportFormat.FORMAT, headings.get()).isPresent()) {
      return queued(user, name, content, null);
    }
    Optional<ColumnMapping> remembered =
        mappings.find(user.organizationId(), PersonImport.KIND, headings.get());
    if (remembered.isPresent()
        && remembered.get().problems(PersonImportFormat.FORMAT, headings.get()).isEmpty()) {
      return queued(user, name, content, remembered.get());
    }
    long id =
        jobs.enqueue(
            PersonImport.KIND,
            user.id(),
            user.organizationId(),
            name,
            content,
            null,
            BackgroundJobs.Status.AWAITING_MAPPING);
    return new Submitted(id, true);
  }

  /**
   * The headings and first rows of a file waiting for its mapping (404 for anyone but its owner),
   * to show beside each heading what its cells hold.
   */
  @Transactional(readOnly = true)
  public ImportTable preview(CurrentUser user, long jobId) {
    ImportTable table = read(user, jobId);
    return new ImportTable(
        table.headings(), table.rows().subList(0, Math.min(PREVIEW_ROWS, table.rows().size())));
  }

  private ImportTable read(CurrentUser user, long jobId) {
    try {
      return ImportFiles.read(awaiting(user, jobId));
    } catch (ImportFileException e) {
      return new ImportTable(List.of(), List.of());
    }
  }

  /**
   * Queues the waiting job with the mapping and remembers it for the user's organisation; a mapping
   * that leaves a required column without a source is refused, naming the columns.
   */
  @Transactional
  public void map(CurrentUser user, long jobId, ColumnMapping mapping) {
    List<String> headings = read(user, jobId).headings();
    List<String> problems = mapping.problems(PersonImportFormat.FORMAT, headings);
    if (!problems.isEmpty()) {
      throw new FieldErrorsException(
          problems.stream().map(k -> new FieldProblem(k, "import.mapping.required")).toList());
    }
    mappings.remember(user.organizationId(), PersonImport.KIND, headings, mapping, user.id());
    if (!jobs.release(jobId, mapping.encode())) {
      throw new NotFoundException();
    }
    startAfterCommit(jobId);
  }

  private byte[] awaiting(CurrentUser user, long jobId) {
    requireImport(user);
    BackgroundJobs.Job job =
        jobs.find(jobId)
            .filter(j -> j.ownerUserId() == user.id() && PersonImport.KIND.equals(j.kind()))
            .filter(j -> j.status() == BackgroundJobs.Status.AWAITING_MAPPING)
            .orElseThrow(NotFoundException::new);
    return jobs.payload(job.id());
  }

  private Submitted queued(CurrentUser user, String name, byte[] content, ColumnMapping mapping) {
    long id =
        jobs.enqueue(
            PersonImport.KIND,
            user.id(),
            user.organizationId(),
            name,
            content,
            mapping == null ? null : mapping.encode(),
            BackgroundJobs.Status.QUEUED);
    startAfterCommit(id);
    return new Submitted(id, false);
  }

  private void startAfterCommit(long id) {
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            imports.start(id);
          }
        });
  }

  static void requireImport(CurrentUser user) {
    user.require(PeoplePermissions.IMPORT);
  }
}
