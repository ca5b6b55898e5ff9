package org.tsunagu.platform.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.platform.web.FieldErrorsException;

class CsvOutputTest {

  private static byte[] write(java.nio.charset.Charset charset, List<?> record) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvOutput.Printer csv = CsvOutput.printer(out, charset);
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
    assertThatThrownBy(() -> CsvOutput.charsetFor("ebcdic"))
        .isInstanceOfSatisfying(
            FieldErrorsException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldErrorsException.FieldProblem::field)
                    .containsExactly("encoding"));
  }

  private static String line(List<?> record) throws Exception {
    String text = new String(write(StandardCharsets.UTF_8, record), StandardCharsets.UTF_8);
    return text.substring(1, text.length() - 2);
  }

  @Test
  void shouldQuoteTextThatASpreadsheetWouldReadAsAFormula() throws Exception {
    assertThat(line(List.of("=1+1", "+81 3", "-x", "@SUM(A1)", "\tA", "\rB")))
        .isEqualTo("'=1+1,'+81 3,'-x,'@SUM(A1),'\tA,\"'\rB\"");
    assertThat(line(List.of("＝HYPERLINK(1)", "-1+2"))).isEqualTo("'＝HYPERLINK(1),'-1+2");
  }

  @Test
  void shouldLeaveNumbersAndOrdinaryTextAlone() throws Exception {
    assertThat(line(List.of(-12, -3.5, "-12", "+7", "-0.25", "髙橋", "a=b", "", "0280-00-0001")))
        .isEqualTo("-12,-3.5,-12,+7,-0.25,髙橋,a=b,,0280-00-0001");
  }
}
