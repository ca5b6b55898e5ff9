package org.tsunagu.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsunagu.platform.security.ApiTokens;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * The registry's export as an API client gets it: over a real connection to the running server,
 * with a bearer token. The file streams (chunked, more than the server's buffer), arrives whole,
 * and is audited; a token whose role may not export, or no token, gets a problem in JSON.
 */
@IntegrationTest
class PersonExportOverHttpTest {

  /** Enough rows to pass Tomcat's 8 KB response buffer, so the body must be streamed. */
  private static final int PERSONS = 120;

  @Autowired TestData data;
  @Autowired ApiTokens tokens;
  @Autowired DataSource dataSource;
  @LocalServerPort int port;

  final HttpClient http = HttpClient.newHttpClient();
  CurrentUser coordinator;
  String family;

  @BeforeEach
  void setUp() {
    coordinator = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    family = TestData.unique("出力");
    register(0);
  }

  private void register(int number) {
    data.register(
        coordinator, TestData.person(family, "花子" + number, "しゅつりょく", "はなこ", "1944-04-04"));
  }

  @Test
  void shouldStreamEveryVisiblePersonAsCsvAndXlsxAndAuditEachExport() throws Exception {
    for (int i = 1; i < PERSONS; i++) {
      register(i);
    }
    String token = token(coordinator);

    HttpResponse<byte[]> csv = get("/api/v1/persons/export.csv", token, "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment;");
    assertThat(csv.headers().firstValue("Content-Length")).isEmpty();
    assertThat(csv.body().length).isGreaterThan(8192);
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFNo.,氏,名").endsWith("\r\n");
    assertThat(text.lines().filter(l -> l.contains("," + family + ",")).count()).isEqualTo(PERSONS);

    HttpResponse<byte[]> sjis =
        get("/api/v1/persons/export.csv?encoding=windows-31j", token, "*/*");
    assertThat(sjis.statusCode()).isEqualTo(200);
    assertThat(new String(sjis.body(), Charset.forName("windows-31j")))
        .contains("," + family + ",花子" + (PERSONS - 1) + ",");

    HttpResponse<byte[]> xlsx = get("/api/v1/persons/export.xlsx", token, "*/*");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(PERSONS);
    }

    assertThat(exportsAuditedFor(coordinator, "csv-UTF-8")).isEqualTo(1);
    assertThat(exportsAuditedFor(coordinator, "csv-windows-31j")).isEqualTo(1);
    assertThat(exportsAuditedFor(coordinator, "xlsx")).isEqualTo(1);
  }

  /**
   * A city's export takes a while (an xlsx sends its first byte only once complete): the download
   * must outlast the server's default of 30 s for asynchronous requests, which answered 503.
   */
  @Test
  void shouldFinishADownloadThatTakesLongerThanHalfAMinute() throws Exception {
    String token = token(coordinator);
    CompletableFuture<HttpResponse<byte[]>> download;
    try (Connection lock = dataSource.getConnection()) {
      lock.setAutoCommit(false);
      lock.createStatement().execute("LOCK TABLE people.person IN ACCESS EXCLUSIVE MODE");
      download =
          http.sendAsync(
              request("/api/v1/persons/export.xlsx", token, "*/*"),
              HttpResponse.BodyHandlers.ofByteArray());
      Thread.sleep(33_000);
      assertThat(download).as("still waiting for the table").isNotDone();
      lock.rollback();
    }
    HttpResponse<byte[]> xlsx = download.get(60, TimeUnit.SECONDS);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertThat(book.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo("花子0");
    }
  }

  @Test
  void shouldRefuseAnEncodingItCannotWriteInsteadOfAnsweringInAnother() throws Exception {
    HttpResponse<byte[]> r =
        get("/api/v1/persons/export.csv?encoding=ebcdic", token(coordinator), "*/*");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(new String(r.body(), StandardCharsets.UTF_8))
        .contains("UTF-8 か Shift_JIS")
        .doesNotContain(family);
  }

  @Test
  void shouldRefuseATokenWhoseRoleMayNotExportWithAProblemInJson() throws Exception {
    CurrentUser officer = data.user(coordinator.organizationId(), Role.MUNICIPAL_OFFICER);
    String token = token(officer);

    for (String path : new String[] {"/api/v1/persons/export.csv", "/api/v1/persons/export.xlsx"}) {
      for (String accept : new String[] {"*/*", "text/csv", "application/json"}) {
        HttpResponse<byte[]> r = get(path, token, accept);
        assertThat(r.statusCode()).as("%s accepting %s", path, accept).isEqualTo(403);
        assertThat(r.headers().firstValue("Content-Type"))
            .as("%s accepting %s", path, accept)
            .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(new String(r.body(), StandardCharsets.UTF_8))
            .contains("\"status\":403", "この操作を行う権限がありません。")
            .doesNotContain(family);
      }
    }
    assertThat(
            data.count(
                "platform.audit_entry WHERE action = 'EXPORT' AND actor_user_id = " + officer.id()))
        .isZero();
  }

  @Test
  void shouldAnswer401WithoutAValidToken() throws Exception {
    for (String token : new String[] {null, "tsu_not-a-real-token"}) {
      HttpResponse<byte[]> r = get("/api/v1/persons/export.csv", token, "text/csv");
      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(r.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(new String(r.body(), StandardCharsets.UTF_8))
          .contains("\"status\":401")
          .doesNotContain(family);
    }
  }

  private String token(CurrentUser user) {
    return tokens.issue(user.id(), "export", Duration.ofHours(1)).token();
  }

  private HttpResponse<byte[]> get(String path, String token, String accept) throws Exception {
    return http.send(request(path, token, accept), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest request(String path, String token, String accept) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", accept)
            .header("Accept-Language", "ja");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request.build();
  }

  private long exportsAuditedFor(CurrentUser user, String format) {
    return data.count(
        "platform.audit_entry WHERE action = 'EXPORT' AND object_type = 'person' AND actor_user_id = "
            + user.id()
            + " AND detail = 'format="
            + format
            + "'");
  }
}
