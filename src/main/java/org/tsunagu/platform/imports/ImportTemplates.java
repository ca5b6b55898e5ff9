package org.tsunagu.platform.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.tsunagu.platform.export.CsvOutput;
import org.tsunagu.platform.export.XlsxOutput;

/** A format's template to fill in: its headings and one example row, as CSV or xlsx. */
public final class ImportTemplates {

  private ImportTemplates() {}

  /** UTF-8 with BOM, which Excel opens without garbling. */
  public static byte[] csv(ImportFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CsvOutput.Printer printer = CsvOutput.printer(out, StandardCharsets.UTF_8)) {
      printer.printRecord(format.headings());
      printer.printRecord(format.example());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static byte[] xlsx(ImportFormat format, String sheetName) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxOutput xlsx = new XlsxOutput(sheetName, format.headings())) {
      xlsx.row(format.example());
      xlsx.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
