package org.tsunagu.platform.imports;

/** A file that cannot be read as a table: its message key and the line where reading stopped. */
public class ImportFileException extends Exception {

  private final String messageKey;
  private final int line;

  public ImportFileException(String messageKey, int line) {
    super(messageKey);
    this.messageKey = messageKey;
    this.line = line;
  }

  public String messageKey() {
    return messageKey;
  }

  public int line() {
    return line;
  }
}
