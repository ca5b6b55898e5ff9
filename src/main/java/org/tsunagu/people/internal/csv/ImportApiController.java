package org.tsunagu.people.internal.csv;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.tsunagu.people.PeoplePermissions;
import org.tsunagu.platform.export.Downloads;
import org.tsunagu.platform.imports.ColumnMapping;
import org.tsunagu.platform.imports.ImportMappingResponse;
import org.tsunagu.platform.imports.ImportStatusResponse;
import org.tsunagu.platform.imports.ImportTemplates;
import org.tsunagu.platform.jobs.BackgroundJobs;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FieldErrorsException.FieldProblem;
import org.tsunagu.platform.web.NotFoundException;

/**
 * The person import in the API, and the template for the screens and the API alike. A file whose
 * headings are neither the template's nor mapped before waits (AWAITING_MAPPING) until its mapping
 * is put.
 */
@ApiController
@WritePermission(PeoplePermissions.IMPORT)
@Tag(
    name = "Imports",
    description =
        "Lists imported in the background: templates, heading mappings remembered per"
            + " organisation, progress, queue position and every bad value")
class ImportApiController {

  private final PersonImportSubmission submission;
  private final BackgroundJobs jobs;
  private final MessageSource messages;

  ImportApiController(
      PersonImportSubmission submission, BackgroundJobs jobs, MessageSource messages) {
    this.submission = submission;
    this.jobs = jobs;
    this.messages = messages;
  }

  @Operation(summary = "The person list's template (headings and an example row) as CSV")
  @GetMapping({"/imports/template.csv", "/api/v1/imports/persons/template.csv"})
  ResponseEntity<byte[]> templateCsv() {
    PersonImportSubmission.requireImport(CurrentUsers.require());
    return download(
        ImportTemplates.csv(PersonImportFormat.FORMAT),
        "csv",
        Downloads.csv(StandardCharsets.UTF_8));
  }

  @Operation(summary = "The person list's template (headings and an example row) as xlsx")
  @GetMapping({"/imports/template.xlsx", "/api/v1/imports/persons/template.xlsx"})
  ResponseEntity<byte[]> templateXlsx(Locale locale) {
    PersonImportSubmission.requireImport(CurrentUsers.require());
    String sheet = messages.getMessage("import.template.sheet", null, locale);
    return download(ImportTemplates.xlsx(PersonImportFormat.FORMAT, sheet), "xlsx", Downloads.XLSX);
  }

  private static ResponseEntity<byte[]> download(
      byte[] body, String ext, org.springframework.http.MediaType type) {
    String name = "persons-template." + ext;
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(name, name))
        .contentType(type)
        .body(body);
  }

  @Operation(
      summary =
          "Upload a person list (CSV or xlsx) to import: queued, or AWAITING_MAPPING when its"
              + " headings need a mapping (see /api/v1/imports/{id}/mapping)")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @PostMapping(path = "/api/v1/imports/persons", consumes = "multipart/form-data")
  ResponseEntity<ImportStatusResponse> upload(
      @RequestParam("file") MultipartFile file, Locale locale) throws IOException {
    var submitted =
        submission.submit(CurrentUsers.require(), file.getOriginalFilename(), file.getBytes());
    return accepted(submitted.jobId(), locale);
  }

  @Operation(summary = "An import's progress, queue position and result")
  @GetMapping("/api/v1/imports/{id}")
  ImportStatusResponse get(@PathVariable long id, Locale locale) {
    return status(id, locale);
  }

  @Operation(
      summary = "A waiting import's headings, the template's columns and a suggested mapping")
  @GetMapping("/api/v1/imports/{id}/mapping")
  ImportMappingResponse mapping(@PathVariable long id) {
    var preview = submission.preview(CurrentUsers.require(), id);
    return ImportMappingResponse.of(
        PersonImportFormat.FORMAT,
        preview.headings(),
        ColumnMapping.suggest(PersonImportFormat.FORMAT, preview.headings()));
  }

  /** The body: for each column's key, its source as {@code part:heading} (0 whole, 1, 2). */
  record MappingRequest(Map<String, String> sources) {}

  @Operation(
      summary =
          "Map a waiting import's headings (column key → \"part:heading\", part 0 for the whole"
              + " cell, 1/2 for before/after the first space); remembered for the organisation")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @PutMapping("/api/v1/imports/{id}/mapping")
  ResponseEntity<ImportStatusResponse> map(
      @PathVariable long id, @RequestBody MappingRequest request, Locale locale) {
    Map<String, String> given = request.sources() == null ? Map.of() : request.sources();
    List<FieldProblem> problems =
        given.entrySet().stream()
            .filter(
                e ->
                    PersonImportFormat.FORMAT.column(e.getKey()).isEmpty()
                        || ColumnMapping.Source.parse(e.getValue()).isEmpty())
            .map(e -> new FieldProblem("sources." + e.getKey(), "import.mapping.invalid"))
            .toList();
    if (!problems.isEmpty()) {
      throw new FieldErrorsException(problems);
    }
    ColumnMapping mapping =
        new ColumnMapping(
            given.entrySet().stream()
                .collect(
                    Collectors.toMap(
                        Map.Entry::getKey,
                        e -> ColumnMapping.Source.parse(e.getValue()).orElseThrow())));
    submission.map(CurrentUsers.require(), id, mapping);
    return accepted(id, locale);
  }

  private ResponseEntity<ImportStatusResponse> accepted(long id, Locale locale) {
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/imports/" + id))
        .body(status(id, locale));
  }

  private ImportStatusResponse status(long id, Locale locale) {
    CurrentUser user = CurrentUsers.require();
    PersonImportSubmission.requireImport(user);
    BackgroundJobs.Job j =
        jobs.find(id)
            .filter(x -> x.ownerUserId() == user.id() && PersonImport.KIND.equals(x.kind()))
            .orElseThrow(NotFoundException::new);
    return ImportStatusResponse.of(j, jobs.queuePosition(id), messages, locale);
  }
}
