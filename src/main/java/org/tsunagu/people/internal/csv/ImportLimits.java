package org.tsunagu.people.internal.csv;

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
class ImportLimits {

  private final DataSize maxBytes;
  private final int maxRows;

  ImportLimits(
      @Value("${tsunagu.import.max-bytes:5MB}") DataSize maxBytes,
      @Value("${tsunagu.import.max-rows:50000}") int maxRows) {
    this.maxBytes = maxBytes;
    this.maxRows = maxRows;
  }

  /** Refuses content over the byte limit, or a readable file with more rows than the limit. */
  void check(byte[] content) {
    if (content.length > maxBytes.toBytes()) {
      throw new UserFacingException("import.error.tooLarge", 413, megabytes());
    }
    Optional<String> text = CsvDecoding.decode(content);
    if (text.isPresent()) {
      try {
        checkRows(PersonCsvReader.countRows(text.get()));
      } catch (PersonCsvReader.FormatException e) {
        // the job reports a malformed file with its line
      }
    }
  }

  void checkRows(int rows) {
    if (rows > maxRows) {
      throw new UserFacingException("import.error.tooManyRows", 413, maxRows);
    }
  }

  int maxRows() {
    return maxRows;
  }

  private String megabytes() {
    long bytes = maxBytes.toBytes();
    return bytes % (1024 * 1024) == 0
        ? Long.toString(bytes / (1024 * 1024))
        : String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024));
  }
}
