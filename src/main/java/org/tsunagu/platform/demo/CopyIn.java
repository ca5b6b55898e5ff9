package org.tsunagu.platform.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BiConsumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Writes rows into a table with PostgreSQL's COPY, in the text format, on the caller's connection.
 */
public final class CopyIn {

  private final Connection connection;

  public CopyIn(Connection connection) {
    this.connection = connection;
  }

  /**
   * Copies {@code items} into {@code target} ("schema.table (col, …)"); {@code rows} adds zero or
   * more rows per item.
   */
  public <T> void copy(String target, List<T> items, BiConsumer<T, CopyRow> rows)
      throws SQLException {
    PGConnection pg = connection.unwrap(PGConnection.class);
    PGCopyOutputStream out = new PGCopyOutputStream(pg, "COPY " + target + " FROM STDIN", 1 << 16);
    try (Writer writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
      CopyRow row = new CopyRow(writer);
      for (T item : items) {
        rows.accept(item, row);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new SQLException("COPY into " + target + " failed", e);
    }
  }

  /** Writes rows in COPY's text format; values are written with {@code toString()}. */
  public static final class CopyRow {
    private final Writer writer;

    CopyRow(Writer writer) {
      this.writer = writer;
    }

    public void add(Object... values) {
      try {
        for (int i = 0; i < values.length; i++) {
          if (i > 0) {
            writer.write('\t');
          }
          writeValue(values[i]);
        }
        writer.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void writeValue(Object value) throws IOException {
      if (value == null) {
        writer.write("\\N");
        return;
      }
      String s = value.toString();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '\\' -> writer.write("\\\\");
          case '\t' -> writer.write("\\t");
          case '\n' -> writer.write("\\n");
          case '\r' -> writer.write("\\r");
          default -> writer.write(c);
        }
      }
    }
  }
}
