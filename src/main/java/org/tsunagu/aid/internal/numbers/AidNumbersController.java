package org.tsunagu.aid.internal.numbers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.export.CsvOutput;
import org.tsunagu.platform.export.Downloads;
import org.tsunagu.platform.export.XlsxOutput;
import org.tsunagu.platform.numbers.Chart;
import org.tsunagu.platform.numbers.FiscalYear;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.web.NotFoundException;

/**
 * 助け合いの実績: a programme's 年度 in charts and tables (visits and hours by month, by service, by 町丁目),
 * the figures of the moment, and the months as CSV or xlsx. Aggregates only.
 */
@Controller
class AidNumbersController {

  private final Programmes programmes;
  private final AidNumbers numbers;
  private final MessageSource messages;
  private final AuditLog audit;
  private final Clock clock;

  AidNumbersController(
      Programmes programmes,
      AidNumbers numbers,
      MessageSource messages,
      AuditLog audit,
      Clock clock) {
    this.programmes = programmes;
    this.numbers = numbers;
    this.messages = messages;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping("/aid/numbers")
  String page(@RequestParam(required = false) Long programme, Model model) {
    CurrentUser user = CurrentUsers.require();
    if (programme == null
        && user.may(AidPermissions.AID_MANAGE)
        && programmes.ofOrganization(user.organizationId()).isEmpty()) {
      return "aid/numbers-none";
    }
    Programme p = chosen(user, programme);
    LocalDate today = LocalDate.now(clock);
    FiscalYear year = FiscalYear.of(today);
    Locale locale = user.locale();
    var months = numbers.months(p.id(), year, clock.getZone());
    List<String> monthNames =
        months.stream().map(m -> FiscalYear.monthName(m.month().getMonthValue(), locale)).toList();
    model.addAttribute("programme", p);
    model.addAttribute("programmes", programmes.ofOrganization(user.organizationId()));
    model.addAttribute("year", year.name(messages, locale));
    model.addAttribute("summary", numbers.summary(p.id(), today, clock.getZone()));
    model.addAttribute(
        "byMonth",
        new Chart(
            "aid-months",
            Chart.Kind.LINE,
            "aid.numbers.byMonth",
            List.of(year.name(messages, locale)),
            "aid.numbers.month",
            monthNames,
            List.of(
                new Chart.Series(
                    text("aid.numbers.visits", locale),
                    months.stream().map(m -> m.visits()).toList()),
                new Chart.Series(
                    text("aid.numbers.hours", locale),
                    months.stream().map(m -> m.hours()).toList()))));
    model.addAttribute(
        "byService",
        counts(
            "aid-services",
            "aid.numbers.byService",
            "aid.numbers.service",
            numbers.byService(p.id(), year, clock.getZone()),
            locale,
            Chart.Kind.BAR));
    model.addAttribute(
        "byArea",
        counts(
            "aid-areas",
            "aid.numbers.byArea",
            "aid.numbers.area",
            numbers.byArea(p.id(), year, clock.getZone()),
            locale,
            Chart.Kind.HORIZONTAL_BAR));
    return "aid/numbers";
  }

  @GetMapping("/aid/numbers/months")
  ResponseEntity<byte[]> export(
      @RequestParam(required = false) Long programme,
      @RequestParam(defaultValue = "xlsx") String format)
      throws IOException {
    CurrentUser user = CurrentUsers.require();
    Programme p = chosen(user, programme);
    FiscalYear year = FiscalYear.of(LocalDate.now(clock));
    Locale locale = user.locale();
    List<String> header =
        List.of(
            text("aid.numbers.month", locale),
            text("aid.numbers.visits", locale),
            text("aid.numbers.hours", locale),
            text("aid.numbers.activeSupporters", locale),
            text("aid.numbers.activeRecipients", locale));
    List<List<Object>> rows = new ArrayList<>();
    for (var m : numbers.months(p.id(), year, clock.getZone())) {
      rows.add(
          List.of(m.month().toString(), m.visits(), m.hours(), m.supporters(), m.recipients()));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean csv = "csv".equals(format);
    if (csv) {
      try (var printer = CsvOutput.printer(out, CsvOutput.WINDOWS_31J)) {
        printer.printRecord(header);
        for (List<Object> row : rows) {
          printer.printRecord(row);
        }
      }
    } else {
      try (XlsxOutput sheet = new XlsxOutput(year.eraYear(), header)) {
        rows.forEach(sheet::row);
        sheet.writeTo(out);
      }
    }
    audit.record(AuditAction.EXPORT, "aid_numbers", p.id(), format);
    String name = "aid-numbers-" + year.startYear() + (csv ? ".csv" : ".xlsx");
    return ResponseEntity.ok()
        .contentType(csv ? Downloads.csv(CsvOutput.WINDOWS_31J) : Downloads.XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(name, name))
        .body(out.toByteArray());
  }

  private Programme chosen(CurrentUser user, Long programme) {
    if (!user.may(AidPermissions.AID_MANAGE)) {
      throw new NotFoundException();
    }
    if (programme != null) {
      return programmes.managed(user, programme);
    }
    return programmes.ofOrganization(user.organizationId()).stream()
        .findFirst()
        .orElseThrow(NotFoundException::new);
  }

  private Chart counts(
      String id,
      String title,
      String heading,
      List<AidNumbers.Count> counts,
      Locale locale,
      Chart.Kind kind) {
    return new Chart(
        id,
        kind,
        title,
        List.of(),
        heading,
        counts.stream().map(AidNumbers.Count::name).toList(),
        List.of(
            new Chart.Series(
                text("aid.numbers.visits", locale),
                counts.stream().map(AidNumbers.Count::visits).toList())));
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
