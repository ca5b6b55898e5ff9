package org.tsunagu.platform.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.platform.export.CsvOutput;
import org.tsunagu.platform.export.XlsxOutput;
import org.tsunagu.platform.web.DisplayFormats;

/**
 * Writes the entries an AuditFilter selects as CSV or xlsx, in the reader's words (the same labels
 * as the screen), streamed from a cursor. The caller records the export first.
 */
@Component
class AuditExport {

  private static final List<String> COLUMNS =
      List.of(
          "no",
          "when",
          "login",
          "name",
          "organization",
          "action",
          "objectType",
          "objectId",
          "detail",
          "sealed");

  private final AuditSearch search;
  private final AuditLabels labels;
  private final AuditOrganizations organizations;
  private final MessageSource messages;
  private final DisplayFormats formats;
  private final AuditLog audit;
  private final TransactionTemplate transactions;

  AuditExport(
      AuditSearch search,
      AuditLabels labels,
      AuditOrganizations organizations,
      MessageSource messages,
      DisplayFormats formats,
      AuditLog audit,
      PlatformTransactionManager transactions) {
    this.search = search;
    this.labels = labels;
    this.organizations = organizations;
    this.messages = messages;
    this.formats = formats;
    this.audit = audit;
    this.transactions = new TransactionTemplate(transactions);
  }

  /** Records the export, with its filters but no names, before any byte leaves. */
  void record(AuditFilter filter, String format) {
    transactions.executeWithoutResult(
        s ->
            audit.record(
                AuditAction.EXPORT,
                "audit_entry",
                null,
                "format=" + format + ";from=" + filter.from() + ";to=" + filter.to()));
  }

  void writeCsv(AuditFilter filter, Locale locale, Charset charset, OutputStream out)
      throws IOException {
    CsvOutput.Printer csv = CsvOutput.printer(out, charset);
    csv.printRecord(header(locale));
    rows(
        filter,
        locale,
        row -> {
          try {
            csv.printRecord(row);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    csv.flush();
  }

  void writeXlsx(AuditFilter filter, Locale locale, OutputStream out) throws IOException {
    String sheet = messages.getMessage("admin.audit.title", null, locale);
    try (XlsxOutput xlsx = new XlsxOutput(sheet, header(locale))) {
      rows(filter, locale, xlsx::row);
      xlsx.writeTo(out);
    }
  }

  private List<String> header(Locale locale) {
    return COLUMNS.stream()
        .map(c -> messages.getMessage("audit.export.column." + c, null, locale))
        .toList();
  }

  private void rows(AuditFilter filter, Locale locale, Consumer<List<Object>> sink) {
    Map<Long, String> orgNames = organizations.names();
    String yes = messages.getMessage("admin.audit.yes", null, locale);
    String no = messages.getMessage("admin.audit.no", null, locale);
    search.each(
        filter,
        e ->
            sink.accept(
                Arrays.asList(
                    e.id(),
                    formats.dateTime(e.occurredAt()),
                    e.actorName(),
                    e.actorDisplayName(),
                    e.actorOrgId() == null ? "" : orgNames.getOrDefault(e.actorOrgId(), ""),
                    labels.action(e.action(), locale),
                    labels.object(e.objectType(), locale),
                    e.objectId(),
                    labels.detail(e.action(), e.detail(), locale),
                    e.sealed() ? yes : no)));
  }
}
