package org.tsunagu.consultation.internal.numbers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tsunagu.platform.export.CsvOutput;
import org.tsunagu.platform.export.Downloads;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.web.ApiController;

/**
 * Downloads of the numbers; the same URLs serve the page's links and the API. The file is written
 * to the response in the request's own thread: an async StreamingResponseBody is dispatched a
 * second time through the security filters, where a bearer-token caller is no longer authenticated
 * and the response is cut off. The numbers are computed before the first byte, so nothing is gained
 * by going async.
 */
@ApiController
@Tag(name = "Consultation numbers")
class NumbersExportController {

  private final ConsultationNumbersService service;
  private final NumbersExport export;

  NumbersExportController(ConsultationNumbersService service, NumbersExport export) {
    this.service = service;
    this.export = export;
  }

  @GetMapping({"/consultation/numbers.csv", "/api/v1/consultation/numbers.csv"})
  @Operation(
      summary =
          "The numbers of a period as a long CSV table (one figure per line), UTF-8 with BOM or"
              + " windows-31j; audited")
  @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
  void csv(
      @Parameter(description = "first date, YYYY-MM-DD; default April 1 of the fiscal year")
          @RequestParam(required = false)
          String from,
      @Parameter(description = "last date, YYYY-MM-DD; default today (Asia/Tokyo)")
          @RequestParam(required = false)
          String to,
      @Parameter(description = "utf8 (with BOM) or windows-31j")
          @RequestParam(defaultValue = "utf8")
          String encoding,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    CurrentUser user = CurrentUsers.require();
    service.requireReader(user);
    Charset charset = CsvOutput.charsetFor(encoding);
    NumbersExport.Prepared p =
        export.prepare(user, period(from, to), "csv-" + charset.name(), locale);
    start(response, p, Downloads.csv(charset));
    NumbersExport.writeCsv(p, charset, response.getOutputStream());
  }

  @GetMapping({"/consultation/numbers.xlsx", "/api/v1/consultation/numbers.xlsx"})
  @Operation(summary = "The numbers of a period as an xlsx sheet (the CSV's table); audited")
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
  void xlsx(
      @Parameter(description = "first date, YYYY-MM-DD; default April 1 of the fiscal year")
          @RequestParam(required = false)
          String from,
      @Parameter(description = "last date, YYYY-MM-DD; default today (Asia/Tokyo)")
          @RequestParam(required = false)
          String to,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    CurrentUser user = CurrentUsers.require();
    service.requireReader(user);
    NumbersExport.Prepared p = export.prepare(user, period(from, to), "xlsx", locale);
    start(response, p, Downloads.XLSX);
    NumbersExport.writeXlsx(p, response.getOutputStream());
  }

  private static void start(
      HttpServletResponse response, NumbersExport.Prepared p, MediaType type) {
    response.setContentType(type.toString());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(p.filename(), p.asciiFilename()));
  }

  private static ReportPeriod period(String from, String to) {
    return ReportPeriod.parse(from, to, ConsultationNumbersService.today());
  }
}
