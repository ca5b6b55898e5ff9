package org.tsunagu.platform.audit;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tsunagu.platform.security.PlatformPermissions;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.DisplayFormats;
import org.tsunagu.platform.web.InputLimits;
import org.tsunagu.platform.web.Problems;

/** Administrators search the audit log and check its hash chain. */
@Controller
@PreAuthorize("hasAuthority('AUDIT_READ')")
@WritePermission(PlatformPermissions.AUDIT_READ)
class AuditController {

  static final int PAGE = 50;

  private final JdbcClient jdbc;
  private final AuditVerifier verifier;
  private final AuditSealer sealer;

  AuditController(JdbcClient jdbc, AuditVerifier verifier, AuditSealer sealer) {
    this.jdbc = jdbc;
    this.verifier = verifier;
    this.sealer = sealer;
  }

  record Entry(
      long id,
      Instant occurredAt,
      Long actorUserId,
      String actorName,
      String actorDisplayName,
      Long actorOrgId,
      String action,
      String objectType,
      String objectId,
      String detail,
      boolean sealed) {}

  List<Entry> search(
      String user,
      String action,
      String objectType,
      String objectId,
      LocalDate from,
      LocalDate to,
      int page) {
    return jdbc.sql(
            "SELECT e.id, e.occurred_at, e.actor_user_id, u.username, u.display_name,"
                + " e.actor_org_id, e.action,"
                + " e.object_type, e.object_id, e.detail, e.txid < (SELECT below_txid FROM platform.audit_seal ORDER BY id DESC LIMIT 1) IS TRUE AS sealed FROM"
                + " platform.audit_entry e LEFT JOIN platform.app_user u ON u.id = e.actor_user_id"
                + " WHERE (:user = '' OR u.username = :user) AND (:action = '' OR e.action ="
                + " :action) AND (:type = '' OR e.object_type ="
                + " :type) AND (:object = '' OR e.object_id = :object OR e.detail LIKE '%' ||"
                + " :object || '%') AND e.occurred_at >= :from AND e.occurred_at < :to ORDER BY"
                + " e.id DESC LIMIT :limit OFFSET :offset")
        .param("user", user)
        .param("action", action)
        .param("type", objectType)
        .param("object", objectId)
        .param("from", java.sql.Timestamp.from(from.atStartOfDay(DisplayFormats.TOKYO).toInstant()))
        .param(
            "to",
            java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(DisplayFormats.TOKYO).toInstant()))
        .param("limit", PAGE + 1)
        .param("offset", page * PAGE)
        .query(
            (rs, n) ->
                new Entry(
                    rs.getLong("id"),
                    rs.getTimestamp("occurred_at").toInstant(),
                    (Long) rs.getObject("actor_user_id"),
                    rs.getString("username"),
                    rs.getString("display_name"),
                    (Long) rs.getObject("actor_org_id"),
                    rs.getString("action"),
                    rs.getString("object_type"),
                    rs.getString("object_id"),
                    rs.getString("detail"),
                    rs.getBoolean("sealed")))
        .list();
  }

  @GetMapping("/admin/audit")
  String page(
      @RequestParam(defaultValue = "") String user,
      @RequestParam(defaultValue = "") String action,
      @RequestParam(defaultValue = "") String objectType,
      @RequestParam(defaultValue = "") String objectId,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(defaultValue = "0") @Min(0) @Max(InputLimits.MAX_PAGE) int page,
      Model model) {
    LocalDate today = LocalDate.now(DisplayFormats.TOKYO);
    LocalDate f = from == null ? today.minusDays(30) : from;
    LocalDate t = to == null ? today : to;
    List<Entry> entries =
        search(user.strip(), action.strip(), objectType.strip(), objectId.strip(), f, t, page);
    model.addAttribute("entries", entries.size() > PAGE ? entries.subList(0, PAGE) : entries);
    model.addAttribute("hasNext", entries.size() > PAGE);
    model.addAttribute("page", page);
    model.addAttribute("user", user);
    model.addAttribute("action", action);
    model.addAttribute("actions", AuditAction.values());
    model.addAttribute("objectType", objectType);
    model.addAttribute("objectId", objectId);
    model.addAttribute("from", f);
    model.addAttribute("to", t);
    return "admin/audit";
  }

  @PostMapping("/admin/audit/verify")
  String verify(Model model) {
    sealer.sealScheduled();
    model.addAttribute("result", verifier.verify());
    return "admin/audit :: verify";
  }

  @org.tsunagu.platform.web.ApiController
  static class Api {
    private final AuditController pages;
    private final AuditVerifier verifier;

    Api(AuditController pages, AuditVerifier verifier) {
      this.pages = pages;
      this.verifier = verifier;
    }

    @Operation(summary = "Search the audit log")
    @GetMapping("/api/v1/audit")
    @PreAuthorize("hasAuthority('AUDIT_READ')")
    List<AuditEntryResponse> search(
        @RequestParam(defaultValue = "") String user,
        @RequestParam(required = false) AuditAction action,
        @RequestParam(defaultValue = "") String objectType,
        @RequestParam(defaultValue = "") String objectId,
        @RequestParam(required = false) LocalDate from,
        @RequestParam(required = false) LocalDate to,
        @RequestParam(defaultValue = "0") @Min(0) @Max(InputLimits.MAX_PAGE) int page) {
      Problems problems = new Problems();
      requireSaneDate(problems, "from", from);
      requireSaneDate(problems, "to", to);
      problems.throwIfAny();
      LocalDate today = LocalDate.now(DisplayFormats.TOKYO);
      List<Entry> e =
          pages.search(
              user,
              action == null ? "" : action.name(),
              objectType,
              objectId,
              from == null ? today.minusDays(30) : from,
              to == null ? today : to,
              Math.max(0, page));
      return (e.size() > PAGE ? e.subList(0, PAGE) : e)
          .stream().map(AuditEntryResponse::of).toList();
    }

    private static void requireSaneDate(Problems problems, String field, LocalDate date) {
      if (!InputLimits.isSaneDate(date)) {
        problems.add(
            field,
            "validation.date.outOfRange",
            InputLimits.EARLIEST_DATE.toString(),
            InputLimits.LATEST_DATE.toString());
      }
    }

    @Operation(summary = "Verify the audit log's hash chain")
    @GetMapping("/api/v1/audit/verify")
    @PreAuthorize("hasAuthority('AUDIT_READ')")
    AuditVerificationResponse verify() {
      return AuditVerificationResponse.of(verifier.verify());
    }
  }
}
