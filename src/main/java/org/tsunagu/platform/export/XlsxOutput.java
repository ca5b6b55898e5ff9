package org.tsunagu.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One xlsx sheet written row by row with POI's streaming workbook (SXSSF): only a window of rows
 * stays in the heap, the rest goes to a temporary file that {@link #close()} deletes.
 */
public final class XlsxOutput implements AutoCloseable {

  private static final int ROWS_IN_MEMORY = 200;

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
  private final SXSSFSheet sheet;
  private int nextRow;

  public XlsxOutput(String sheetName, List<String> header) {
    sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
    row(header);
  }

  /** Numbers become numeric cells, null an empty cell, anything else its text. */
  public void row(List<?> values) {
    Row row = sheet.createRow(nextRow++);
    for (int i = 0; i < values.size(); i++) {
      Cell cell = row.createCell(i);
      Object v = values.get(i);
      if (v instanceof Long || v instanceof Integer) {
        cell.setCellValue(((Number) v).longValue());
      } else if (v instanceof Double || v instanceof BigDecimal) {
        cell.setCellValue(((Number) v).doubleValue());
      } else if (v != null) {
        cell.setCellValue(v.toString());
      }
    }
  }

  public void writeTo(OutputStream out) throws IOException {
    workbook.write(out);
  }

  @Override
  public void close() throws IOException {
    workbook.close();
  }
}
