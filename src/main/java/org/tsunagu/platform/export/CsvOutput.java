package org.tsunagu.platform.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tsunagu.platform.web.FieldErrorsException;

/**
 * CSV as Japanese users open it: UTF-8 with a BOM (without it Excel reads UTF-8 as Shift_JIS) or
 * windows-31j, what Excel itself writes (not Shift_JIS, which lacks 髙, ①, ㈱). Every cell passes
 * through {@link CsvCells#neutralised} so no text opens as a formula.
 */
public final class CsvOutput {

  public static final Charset WINDOWS_31J = Charset.forName("windows-31j");

  /** Written where windows-31j cannot hold a character, as Japanese systems customarily do. */
  public static final String REPLACEMENT = "〓";

  private static final Set<String> WINDOWS_31J_NAMES =
      Set.of("windows-31j", "shift_jis", "shift-jis", "sjis", "cp932", "ms932");

  private CsvOutput() {}

  private static final Set<String> UTF_8_NAMES = Set.of("utf-8", "utf8");

  /**
   * The charset a download asks for by name: windows-31j (users say Shift_JIS) or UTF-8, the
   * default; any other name is refused (400) rather than answered in a charset not asked for.
   */
  public static Charset charsetFor(String encoding) {
    if (encoding == null || encoding.isBlank()) {
      return StandardCharsets.UTF_8;
    }
    String name = encoding.strip().toLowerCase(Locale.ROOT);
    if (WINDOWS_31J_NAMES.contains(name)) {
      return WINDOWS_31J;
    }
    if (UTF_8_NAMES.contains(name)) {
      return StandardCharsets.UTF_8;
    }
    throw new FieldErrorsException(
        List.of(new FieldErrorsException.FieldProblem("encoding", "error.export.encoding")));
  }

  /**
   * A CSV printer (RFC 4180) writing to the stream in the charset, the BOM first for UTF-8. Flush
   * it when done; closing it closes the stream.
   */
  public static Printer printer(OutputStream out, Charset charset) throws IOException {
    boolean utf8 = charset.equals(StandardCharsets.UTF_8);
    CharsetEncoder encoder =
        charset
            .newEncoder()
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .onMalformedInput(CodingErrorAction.REPLACE);
    if (!utf8) {
      encoder.replaceWith(REPLACEMENT.getBytes(charset));
    }
    Writer w = new BufferedWriter(new OutputStreamWriter(out, encoder), 64 * 1024);
    if (utf8) {
      w.write('\uFEFF');
    }
    return new Printer(new CSVPrinter(w, CSVFormat.RFC4180));
  }

  /** Prints records whose cells are neutralised against formula injection. */
  public static final class Printer implements java.io.Flushable, java.io.Closeable {

    private final CSVPrinter csv;

    private Printer(CSVPrinter csv) {
      this.csv = csv;
    }

    public void printRecord(Iterable<?> values) throws IOException {
      csv.printRecord(
          java.util.stream.StreamSupport.stream(values.spliterator(), false)
              .map(CsvCells::neutralised)
              .toList());
    }

    public void printRecord(Object... values) throws IOException {
      printRecord(java.util.Arrays.asList(values));
    }

    @Override
    public void flush() throws IOException {
      csv.flush();
    }

    @Override
    public void close() throws IOException {
      csv.close();
    }
  }
}
