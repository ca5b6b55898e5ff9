package org.tsunagu.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

class CsvOutputTest {

  private static byte[] write(java.nio.charset.Charset charset, List<String> record)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CSVPrinter csv = CsvOutput.printer(out, charset);
    csv.printRecord(record);
    csv.flush();
    return out.toByteArray();
  }

  @Test
  void shouldStartUtf8WithBomSoExcelReadsIt() throws Exception {
    byte[] bytes = write(StandardCharsets.UTF_8, List.of("髙橋", "𠮷野家"));
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF髙橋,𠮷野家\r\n");
  }

  @Test
  void shouldWriteWindows31jWithoutBomAndReplaceWhatItCannotHold() throws Exception {
    byte[] bytes = write(CsvOutput.WINDOWS_31J, List.of("髙橋①㈱", "𠮷野家"));
    assertThat(bytes[0]).isNotEqualTo((byte) 0xEF);
    assertThat(new String(bytes, CsvOutput.WINDOWS_31J)).isEqualTo("髙橋①㈱,〓野家\r\n");
  }

  @Test
  void shouldChooseWindows31jForEveryNameUsersGiveShiftJis() {
    assertThat(CsvOutput.charsetFor("windows-31j")).isEqualTo(CsvOutput.WINDOWS_31J);
    assertThat(CsvOutput.charsetFor("Shift_JIS")).isEqualTo(CsvOutput.WINDOWS_31J);
    assertThat(CsvOutput.charsetFor("utf8")).isEqualTo(StandardCharsets.UTF_8);
    assertThat(CsvOutput.charsetFor(null)).isEqualTo(StandardCharsets.UTF_8);
  }
}
