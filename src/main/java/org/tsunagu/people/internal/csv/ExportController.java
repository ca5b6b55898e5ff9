package org.tsunagu.people.internal.csv;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.Charset;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.tsunagu.platform.export.CsvOutput;
import org.tsunagu.platform.export.Downloads;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.web.ApiController;
import org.tsunagu.platform.web.DisplayFormats;

/** Downloads of the persons a user may see; the same URLs serve the screens and the API. */
@ApiController
class ExportController {

  private final PersonExport export;

  ExportController(PersonExport export) {
    this.export = export;
  }

  @Operation(summary = "Export visible persons as CSV (audited)")
  @GetMapping({"/persons/export.csv", "/api/v1/persons/export.csv"})
  ResponseEntity<StreamingResponseBody> csv(@RequestParam(defaultValue = "UTF-8") String encoding) {
    CurrentUser user = CurrentUsers.require();
    Charset charset = CsvOutput.charsetFor(encoding);
    export.authorise(user, "csv-" + charset.name());
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition("csv"))
        .contentType(Downloads.csv(charset))
        .body(out -> export.writeCsv(user, charset, out));
  }

  @Operation(summary = "Export visible persons as xlsx (audited)")
  @GetMapping({"/persons/export.xlsx", "/api/v1/persons/export.xlsx"})
  ResponseEntity<StreamingResponseBody> xlsx() {
    CurrentUser user = CurrentUsers.require();
    export.authorise(user, "xlsx");
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition("xlsx"))
        .contentType(Downloads.XLSX)
        .body(out -> export.writeXlsx(user, out));
  }

  private static String disposition(String ext) {
    String name = "persons-" + LocalDate.now(DisplayFormats.TOKYO) + "." + ext;
    return Downloads.attachment(name, name);
  }
}
