package org.tsunagu.platform.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tsunagu.platform.web.ApiController;
import org.tsunagu.platform.web.DisplayFormats;
import org.tsunagu.platform.web.InputLimits;
import org.tsunagu.platform.web.Problems;

/** The audit log for API callers: the same filters as the screen; bad values answer 400. */
@ApiController
class AuditApiController {

  private final AuditSearch search;
  private final AuditVerifier verifier;

  AuditApiController(AuditSearch search, AuditVerifier verifier) {
    this.search = search;
    this.verifier = verifier;
  }

  @Operation(summary = "Search the audit log, newest first, 50 a page")
  @GetMapping("/api/v1/audit")
  @PreAuthorize("hasAuthority('AUDIT_READ')")
  List<AuditEntryResponse> search(
      @Parameter(description = "住民No.: entries about the person, and searches that showed them")
          @RequestParam(defaultValue = "")
          String person,
      @Parameter(description = "Login id, or part of the user's name")
          @RequestParam(defaultValue = "")
          String user,
      @Parameter(description = "Organisation id of the user who acted")
          @RequestParam(defaultValue = "")
          String organization,
      @RequestParam(required = false) AuditAction action,
      @RequestParam(defaultValue = "") String objectType,
      @RequestParam(defaultValue = "") String objectId,
      @Parameter(description = "First day (YYYY-MM-DD, Japan time); 30 days ago by default")
          @RequestParam(defaultValue = "")
          String from,
      @Parameter(description = "Last day (YYYY-MM-DD, Japan time); today by default")
          @RequestParam(defaultValue = "")
          String to,
      @RequestParam(defaultValue = "0") @Min(0) @Max(InputLimits.MAX_PAGE) int page) {
    Problems problems = new Problems();
    AuditFilter filter =
        AuditFilter.parse(
            person,
            user,
            organization,
            action == null ? "" : action.name(),
            objectType,
            objectId,
            from,
            to,
            LocalDate.now(DisplayFormats.TOKYO),
            problems);
    problems.throwIfAny();
    List<AuditSearch.Entry> e = search.page(filter, page);
    return (e.size() > AuditSearch.PAGE ? e.subList(0, AuditSearch.PAGE) : e)
        .stream().map(AuditEntryResponse::of).toList();
  }

  @Operation(summary = "Verify the audit log's hash chain")
  @GetMapping("/api/v1/audit/verify")
  @PreAuthorize("hasAuthority('AUDIT_READ')")
  AuditVerificationResponse verify() {
    return AuditVerificationResponse.of(verifier.verify());
  }
}
