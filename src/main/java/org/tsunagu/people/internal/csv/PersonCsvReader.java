package org.tsunagu.people.internal.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tsunagu.people.internal.address.PostcodeDirectory;
import org.tsunagu.people.internal.address.PostcodeEntry;
import org.tsunagu.people.internal.person.PersonInput;

/** Reads the person CSV into inputs, each with the line it came from. */
final class PersonCsvReader {

  record Row(int line, PersonInput input) {}

  /** A problem tied to a line (line 1 is the header), with a message key and arguments. */
  record LineProblem(int line, String column, String messageKey, String arg) {}

  static final class FormatException extends Exception {
    final String messageKey;
    final int line;

    FormatException(String messageKey, int line) {
      super(messageKey);
      this.messageKey = messageKey;
      this.line = line;
    }
  }

  private final PostcodeDirectory postcodes;

  PersonCsvReader(PostcodeDirectory postcodes) {
    this.postcodes = postcodes;
  }

  /** Counts the data rows (for the progress bar). */
  static int countRows(String text) throws FormatException {
    int n = 0;
    try (CSVParser parser = format().parse(new StringReader(text))) {
      for (CSVRecord ignored : parser) {
        n++;
      }
    } catch (IOException
        | UncheckedIOException
        | IllegalStateException
        | IllegalArgumentException e) {
      throw new FormatException("import.error.malformed", n + 2);
    }
    return n;
  }

  /** Reads every row, handing each to the consumer; the consumer counts progress. */
  List<Row> read(String text, List<LineProblem> problems, IntConsumer progress)
      throws FormatException {
    List<Row> rows = new ArrayList<>();
    int line = 1;
    try (CSVParser parser = format().parse(new StringReader(text))) {
      Map<String, Integer> header = parser.getHeaderMap();
      List<String> missing =
          PersonCsvColumns.IMPORT.stream().filter(c -> !header.containsKey(c)).toList();
      if (!missing.isEmpty()) {
        problems.add(
            new LineProblem(1, null, "import.error.missingColumns", String.join("、", missing)));
        return rows;
      }
      for (CSVRecord r : parser) {
        line = (int) r.getRecordNumber() + 1;
        if (!r.isConsistent()) {
          problems.add(
              new LineProblem(line, null, "import.error.columnCount", String.valueOf(r.size())));
          continue;
        }
        rows.add(new Row(line, toInput(r, line, problems)));
        progress.accept(rows.size());
      }
    } catch (IOException
        | UncheckedIOException
        | IllegalStateException
        | IllegalArgumentException e) {
      throw new FormatException("import.error.malformed", line + 1);
    }
    return rows;
  }

  private PersonInput toInput(CSVRecord r, int line, List<LineProblem> problems) {
    String postcode = get(r, PersonCsvColumns.POSTCODE);
    String prefecture = null;
    String municipality = null;
    if (postcode != null && PostcodeDirectory.isWellFormed(postcode)) {
      List<PostcodeEntry> entries = postcodes.lookup(postcode);
      if (!entries.isEmpty()) {
        prefecture = entries.get(0).prefecture();
        municipality = entries.get(0).municipality();
      }
    }
    Boolean alone = livingAlone(get(r, PersonCsvColumns.LIVING_ALONE));
    if (alone == null) {
      problems.add(new LineProblem(line, "livingAlone", "import.error.livingAlone", null));
    }
    return new PersonInput(
        get(r, PersonCsvColumns.FAMILY_NAME),
        get(r, PersonCsvColumns.GIVEN_NAME),
        get(r, PersonCsvColumns.FAMILY_KANA),
        get(r, PersonCsvColumns.GIVEN_KANA),
        get(r, PersonCsvColumns.BIRTH_DATE),
        get(r, PersonCsvColumns.SEX),
        postcode,
        prefecture,
        municipality,
        get(r, PersonCsvColumns.ADDRESS),
        null,
        get(r, PersonCsvColumns.AREA),
        get(r, PersonCsvColumns.PHONE),
        get(r, PersonCsvColumns.HOUSEHOLD),
        Boolean.TRUE.equals(alone),
        false,
        null);
  }

  /** はい/○/1/true → true; いいえ/×/0/false/empty → false; anything else is an error (null). */
  static Boolean livingAlone(String v) {
    if (v == null) {
      return false;
    }
    return switch (v.strip().toLowerCase(Locale.ROOT)) {
      case "はい", "○", "〇", "1", "true", "yes", "独居" -> true;
      case "いいえ", "×", "0", "false", "no", "" -> false;
      default -> null;
    };
  }

  private static String get(CSVRecord r, String column) {
    String v = r.get(column);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static CSVFormat format() {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true)
        .setAllowMissingColumnNames(false)
        .setTrim(false)
        .get();
  }
}
