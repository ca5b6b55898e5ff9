package org.tsunagu.platform.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.tsunagu.platform.export.CsvOutput;
import org.tsunagu.platform.export.Downloads;
import org.tsunagu.platform.security.PlatformPermissions;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.DisplayFormats;
import org.tsunagu.platform.web.FormErrors;
import org.tsunagu.platform.web.InputLimits;
import org.tsunagu.platform.web.Problems;

/**
 * Administrators search the audit log in their words (filters by person, user, organisation,
 * action, object and period), page through it, export it as CSV or xlsx (the export is audited) and
 * check its hash chain. A bad filter value is shown beside its field with status 400.
 */
@Controller
@PreAuthorize("hasAuthority('AUDIT_READ')")
@WritePermission(PlatformPermissions.AUDIT_READ)
class AuditController {

  private final AuditSearch search;
  private final AuditExport export;
  private final AuditLabels labels;
  private final AuditOrganizations organizations;
  private final AuditVerifier verifier;
  private final AuditSealer sealer;

  AuditController(
      AuditSearch search,
      AuditExport export,
      AuditLabels labels,
      AuditOrganizations organizations,
      AuditVerifier verifier,
      AuditSealer sealer) {
    this.search = search;
    this.export = export;
    this.labels = labels;
    this.organizations = organizations;
    this.verifier = verifier;
    this.sealer = sealer;
  }

  @GetMapping("/admin/audit")
  String page(
      TypedAuditFilter typed,
      @RequestParam(defaultValue = "0") @Min(0) @Max(InputLimits.MAX_PAGE) int page,
      Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    Problems problems = new Problems();
    AuditFilter filter = typed.parse(today(), problems);
    List<AuditSearch.Entry> entries = problems.isEmpty() ? search.page(filter, page) : List.of();
    if (!problems.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    }
    model.addAttribute("errors", new FormErrors(problems.list()));
    model.addAttribute("filter", filter);
    model.addAttribute("form", typed.shown(filter));
    model.addAttribute(
        "entries",
        entries.size() > AuditSearch.PAGE ? entries.subList(0, AuditSearch.PAGE) : entries);
    model.addAttribute("hasNext", entries.size() > AuditSearch.PAGE);
    model.addAttribute("page", page);
    model.addAttribute("actions", AuditAction.values());
    model.addAttribute("objectTypes", objectTypes());
    model.addAttribute("organizations", organizations.names());
    return "admin/audit";
  }

  @GetMapping("/admin/audit/export.csv")
  ResponseEntity<StreamingResponseBody> csv(
      TypedAuditFilter typed, @RequestParam(defaultValue = "UTF-8") String encoding) {
    AuditFilter filter = exportFilter(typed);
    Charset charset = CsvOutput.charsetFor(encoding);
    Locale locale = LocaleContextHolder.getLocale();
    export.record(filter, "csv-" + charset.name());
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition("csv"))
        .contentType(Downloads.csv(charset))
        .body(out -> export.writeCsv(filter, locale, charset, out));
  }

  @GetMapping("/admin/audit/export.xlsx")
  ResponseEntity<StreamingResponseBody> xlsx(TypedAuditFilter typed) {
    AuditFilter filter = exportFilter(typed);
    Locale locale = LocaleContextHolder.getLocale();
    export.record(filter, "xlsx");
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition("xlsx"))
        .contentType(Downloads.XLSX)
        .body(out -> export.writeXlsx(filter, locale, out));
  }

  @PostMapping("/admin/audit/verify")
  String verify(Model model) {
    sealer.sealScheduled();
    model.addAttribute("result", verifier.verify());
    return "admin/audit :: verify";
  }

  /** The filters of an export; a bad one answers 400 with the problems, as the API does. */
  private AuditFilter exportFilter(TypedAuditFilter typed) {
    Problems problems = new Problems();
    AuditFilter filter = typed.parse(today(), problems);
    problems.throwIfAny();
    return filter;
  }

  /** The log's object types, in the order of their labels. */
  private List<String> objectTypes() {
    return search.objectTypes().stream()
        .sorted(Comparator.comparing((String t) -> labels.object(t)))
        .toList();
  }

  private static LocalDate today() {
    return LocalDate.now(DisplayFormats.TOKYO);
  }

  private static String disposition(String ext) {
    String name = "audit-" + today() + "." + ext;
    return Downloads.attachment(name, name);
  }
}
