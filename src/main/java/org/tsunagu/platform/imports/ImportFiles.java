package org.tsunagu.platform.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded list as a table of text: CSV in UTF-8 (with or without BOM) or windows-31j, or
 * the first sheet of an xlsx workbook. A date cell of a workbook reads as YYYY-MM-DD; every other
 * cell as Excel shows it.
 */
public final class ImportFiles {

  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

  private ImportFiles() {}

  public static boolean isXlsx(byte[] content) {
    return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3;
  }

  /** An old binary .xls workbook (OLE2), which is not read: the user saves it as xlsx. */
  private static boolean isXls(byte[] content) {
    return content.length >= 4
        && (content[0] & 0xff) == 0xD0
        && (content[1] & 0xff) == 0xCF
        && (content[2] & 0xff) == 0x11
        && (content[3] & 0xff) == 0xE0;
  }

  public static ImportTable read(byte[] content) throws ImportFileException {
    if (isXlsx(content)) {
      return readXlsx(content);
    }
    if (isXls(content)) {
      throw new ImportFileException("import.error.xls", 0);
    }
    Optional<String> text = CsvDecoding.decode(content);
    if (text.isEmpty()) {
      throw new ImportFileException("import.error.encoding", 0);
    }
    return readCsv(text.get());
  }

  /** The file's headings, or empty when it cannot be read (the job then says why). */
  public static Optional<List<String>> headings(byte[] content) {
    try {
      return Optional.of(read(content).headings());
    } catch (ImportFileException e) {
      return Optional.empty();
    }
  }

  private static ImportTable readCsv(String text) throws ImportFileException {
    List<String> headings = null;
    List<ImportTable.Row> rows = new ArrayList<>();
    int line = 1;
    try (CSVParser parser = format().parse(new StringReader(text))) {
      for (CSVRecord r : parser) {
        line = (int) r.getRecordNumber();
        List<String> cells = r.toList();
        if (headings == null) {
          headings = cells.stream().map(ImportFiles::heading).toList();
        } else {
          rows.add(new ImportTable.Row(line, cells));
        }
      }
    } catch (IOException
        | UncheckedIOException
        | IllegalStateException
        | IllegalArgumentException e) {
      throw new ImportFileException("import.error.malformed", line + 1);
    }
    return new ImportTable(headings == null ? List.of() : headings, rows);
  }

  private static ImportTable readXlsx(byte[] content) throws ImportFileException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      Sheet sheet = book.getSheetAt(0);
      DataFormatter formatter = new DataFormatter();
      List<String> headings = null;
      List<ImportTable.Row> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
          cells.add(text(row.getCell(i), formatter));
        }
        if (cells.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (headings == null) {
          headings = cells.stream().map(ImportFiles::heading).toList();
        } else {
          rows.add(new ImportTable.Row(row.getRowNum() + 1, cells));
        }
      }
      return new ImportTable(headings == null ? List.of() : headings, rows);
    } catch (IOException | RuntimeException e) {
      throw new ImportFileException("import.error.xlsx", 0);
    }
  }

  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return ISO.format(cell.getLocalDateTimeCellValue().toLocalDate());
    }
    return formatter.formatCellValue(cell);
  }

  private static String heading(String cell) {
    return cell == null ? "" : cell.replaceAll("[\\r\\n\\t]+", " ").strip();
  }

  private static CSVFormat format() {
    return CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(false).get();
  }
}
