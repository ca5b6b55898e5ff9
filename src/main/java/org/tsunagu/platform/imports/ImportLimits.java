package org.tsunagu.platform.imports;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.tsunagu.platform.web.UserFacingException;

/**
 * The largest import a node takes ({@code tsunagu.import.max-bytes}, {@code
 * tsunagu.import.max-rows}), refused up front with the limit in the message, before anything is
 * queued.
 */
@Component
public class ImportLimits {

  private final DataSize maxBytes;
  private final int maxRows;

  ImportLimits(
      @Value("${tsunagu.import.max-bytes:5MB}") DataSize maxBytes,
      @Value("${tsunagu.import.max-rows:50000}") int maxRows) {
    this.maxBytes = maxBytes;
    this.maxRows = maxRows;
  }

  /**
   * Refuses content over the byte limit, or a readable file with more rows than the limit; gives
   * the file's table when it can be read (an unreadable file is the job's to report, with its
   * line).
   */
  public Optional<ImportTable> check(byte[] content) {
    if (content.length > maxBytes.toBytes()) {
      throw new UserFacingException("import.error.tooLarge", 413, megabytes());
    }
    try {
      ImportTable table = ImportFiles.read(content);
      checkRows(table.rows().size());
      return Optional.of(table);
    } catch (ImportFileException e) {
      return Optional.empty();
    }
  }

  public void checkRows(int rows) {
    if (rows > maxRows) {
      throw new UserFacingException("import.error.tooManyRows", 413, maxRows);
    }
  }

  public int maxRows() {
    return maxRows;
  }

  /** The byte limit in megabytes, as the messages name it. */
  public String megabytes() {
    long bytes = maxBytes.toBytes();
    return bytes % (1024 * 1024) == 0
        ? Long.toString(bytes / (1024 * 1024))
        : String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024));
  }
}
