package org.tsunagu.aid.internal.settlement;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.aid.internal.ledger.Statements;
import org.tsunagu.aid.internal.member.Member;
import org.tsunagu.aid.internal.member.Members;
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.export.Downloads;
import org.tsunagu.platform.export.HtmlPdf;
import org.tsunagu.platform.export.XlsxOutput;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;
import org.tsunagu.platform.web.NotFoundException;

/**
 * 精算 on screen: the months settled and the one to settle, a month's members with what each owes or
 * is due, their statements as PDF (A4, Japanese) and the month as xlsx for the accounts office.
 */
@Controller
@WritePermission(AidPermissions.AID_MANAGE)
class SettlementPageController {

  static final int REFRESH_SECONDS = 2;

  private final Programmes programmes;
  private final Settlements settlements;
  private final Statements statements;
  private final Members members;
  private final HtmlPdf pdf;
  private final PeopleApi people;
  private final MessageSource messages;
  private final AuditLog audit;
  private final Clock clock;

  SettlementPageController(
      Programmes programmes,
      Settlements settlements,
      Statements statements,
      Members members,
      HtmlPdf pdf,
      PeopleApi people,
      MessageSource messages,
      AuditLog audit,
      Clock clock) {
    this.programmes = programmes;
    this.settlements = settlements;
    this.statements = statements;
    this.members = members;
    this.pdf = pdf;
    this.people = people;
    this.messages = messages;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping("/aid/programmes/{id}/settlements")
  String list(@PathVariable long id, Model model) {
    CurrentUser user = CurrentUsers.require();
    Programme programme = programmes.managed(user, id);
    model.addAttribute("programme", programme);
    model.addAttribute("settlements", settlements.of(user, id));
    YearMonth last = YearMonth.now(clock).minusMonths(1);
    model.addAttribute("months", List.of(last, last.minusMonths(1), last.minusMonths(2)));
    FormErrors.addUnlessPresent(model);
    return "aid/settlements";
  }

  @PostMapping("/aid/programmes/{id}/settlements")
  String settle(
      @PathVariable long id,
      @RequestParam(required = false) String month,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser user = CurrentUsers.require();
    try {
      Settlements.Progress p = settlements.start(user, id, month);
      redirect.addFlashAttribute(
          "notice", p.closed() ? "aid.settlement.closed" : "aid.settlement.started");
      return "redirect:/aid/programmes/" + id + "/settlements/" + p.month();
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      return list(id, model);
    }
  }

  /**
   * The month: its progress while it runs (the page asks the browser to reload it every few
   * seconds, with or without script), why a run failed, and the members' totals once closed.
   */
  @GetMapping("/aid/programmes/{id}/settlements/{month:\\d{4}-\\d{2}}")
  String month(
      @PathVariable long id,
      @PathVariable String month,
      Model model,
      HttpServletResponse response) {
    CurrentUser user = CurrentUsers.require();
    Programme programme = programmes.managed(user, id);
    YearMonth m = Settlements.parse(month);
    Settlements.Progress settlement = settlements.current(id, m).orElse(null);
    model.addAttribute("programme", programme);
    model.addAttribute("settlement", settlement);
    model.addAttribute("month", m);
    boolean settled = settlement == null || settlement.closed();
    model.addAttribute("totals", settled ? statements.totals(id, m) : List.of());
    if (settlement != null && settlement.running()) {
      response.setHeader("Refresh", String.valueOf(REFRESH_SECONDS));
      model.addAttribute("refreshSeconds", REFRESH_SECONDS);
    }
    return "aid/settlement";
  }

  @GetMapping("/aid/programmes/{id}/settlements/{month:\\d{4}-\\d{2}}.xlsx")
  ResponseEntity<byte[]> xlsx(@PathVariable long id, @PathVariable String month)
      throws IOException {
    CurrentUser user = CurrentUsers.require();
    Programme programme = programmes.managed(user, id);
    YearMonth m = Settlements.parse(month);
    var locale = user.locale();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxOutput sheet =
        new XlsxOutput(
            month,
            List.of(
                text("aid.settlement.name", locale),
                text("aid.settlement.type", locale),
                text("aid.settlement.owed", locale),
                text("aid.settlement.due", locale),
                text("aid.settlement.minutes", locale)))) {
      for (Statements.MemberTotal t : statements.totals(id, m)) {
        sheet.row(
            List.of(
                t.name(),
                text("aid.memberType." + t.memberType(), locale),
                t.owedYen(),
                t.dueYen(),
                t.minutes()));
      }
      sheet.writeTo(out);
    }
    audit.record(AuditAction.EXPORT, "aid_settlement", id, "month=" + m);
    String name = programme.name() + "_" + month + ".xlsx";
    return ResponseEntity.ok()
        .contentType(Downloads.XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            Downloads.attachment(name, "aid-settlement-" + month + ".xlsx"))
        .body(out.toByteArray());
  }

  @GetMapping("/aid/programmes/{id}/members/{memberId}/statements/{month:\\d{4}-\\d{2}}.pdf")
  ResponseEntity<byte[]> statement(
      @PathVariable long id, @PathVariable long memberId, @PathVariable String month) {
    CurrentUser user = CurrentUsers.require();
    Programme programme = programmes.managed(user, id);
    Member member = members.find(id, memberId).orElseThrow(NotFoundException::new);
    YearMonth m = Settlements.parse(month);
    byte[] body =
        pdf.render(
            "aid/statement",
            Map.of(
                "programme",
                programme,
                "member",
                member,
                "statement",
                statements.of(id, memberId, m),
                "printedAt",
                Instant.now(clock),
                "reader",
                user,
                "readerOrg",
                people.organization(user.organizationId()).map(o -> o.name()).orElse("")),
            user.locale());
    audit.record(AuditAction.EXPORT, "aid_statement", memberId, "month=" + m);
    return HtmlPdf.response(
        body,
        member.name() + "_" + month + ".pdf",
        "aid-statement-" + memberId + "-" + month + ".pdf");
  }

  private String text(String key, java.util.Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
