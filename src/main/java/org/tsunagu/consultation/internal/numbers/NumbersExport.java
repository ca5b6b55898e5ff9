package org.tsunagu.consultation.internal.numbers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.export.CsvOutput;
import org.tsunagu.platform.export.XlsxOutput;
import org.tsunagu.platform.security.CurrentUser;

/** The numbers of a period as a CSV or xlsx file; every export is audited. */
@Service
class NumbersExport {

  /** What an export writes, computed and audited before the first byte leaves. */
  record Prepared(
      String filename,
      String asciiFilename,
      String sheet,
      List<String> header,
      List<List<Object>> lines) {}

  private final ConsultationNumbersService service;
  private final NumbersLabels labels;
  private final AuditLog audit;

  NumbersExport(ConsultationNumbersService service, NumbersLabels labels, AuditLog audit) {
    this.service = service;
    this.labels = labels;
    this.audit = audit;
  }

  @Transactional(isolation = Isolation.REPEATABLE_READ)
  public Prepared prepare(CurrentUser user, ReportPeriod period, String format, Locale locale) {
    ConsultationNumbers numbers = service.compute(user, period);
    audit.record(
        AuditAction.EXPORT,
        "consultation_numbers",
        null,
        "from=" + period.from() + ";to=" + period.to() + ";format=" + format);
    String extension = format.startsWith("csv") ? "csv" : "xlsx";
    return new Prepared(
        labels.text("numbers.export.filename", locale, period.from(), period.to())
            + "."
            + extension,
        "consultation-numbers_" + period.from() + "_" + period.to() + "." + extension,
        labels.text("numbers.export.sheet", locale),
        NumbersTable.header(labels, locale),
        NumbersTable.lines(numbers, labels, locale));
  }

  static void writeCsv(Prepared p, Charset charset, OutputStream out) throws IOException {
    CsvOutput.Printer csv = CsvOutput.printer(out, charset);
    csv.printRecord(p.header());
    for (List<Object> line : p.lines()) {
      csv.printRecord(line);
    }
    csv.flush();
  }

  static void writeXlsx(Prepared p, OutputStream out) throws IOException {
    try (XlsxOutput xlsx = new XlsxOutput(p.sheet(), p.header())) {
      p.lines().forEach(xlsx::row);
      xlsx.writeTo(out);
    }
  }
}
