package org.tsunagu.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.tsunagu.platform.security.ApiTokens;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * Streamed downloads share a bounded pool: when every thread and queue place is taken, the next
 * download is refused with 503 and a message to try again, and the ones running finish.
 */
@IntegrationTest
@TestPropertySource(properties = {"tsunagu.downloads.threads=1", "tsunagu.downloads.queue=0"})
class DownloadsBusyTest {

  @Autowired TestData data;
  @Autowired ApiTokens tokens;
  @Autowired DataSource dataSource;
  @LocalServerPort int port;

  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldRefuseADownloadWhenEveryDownloadThreadIsBusy() throws Exception {
    CurrentUser coordinator =
        data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    data.register(
        coordinator, TestData.person(TestData.unique("出力"), "花子", "しゅつりょく", "はなこ", "1944-04-04"));
    String token = tokens.issue(coordinator.id(), "export", Duration.ofHours(1)).token();
    CompletableFuture<HttpResponse<byte[]>> first;
    try (Connection lock = dataSource.getConnection()) {
      lock.setAutoCommit(false);
      lock.createStatement().execute("LOCK TABLE people.person IN ACCESS EXCLUSIVE MODE");
      first = http.sendAsync(request(token), HttpResponse.BodyHandlers.ofByteArray());
      // The first download holds the only thread, waiting for the table.
      waitForLockWaiter();
      HttpResponse<byte[]> second =
          http.send(request(token), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(second.statusCode()).isEqualTo(503);
      assertThat(new String(second.body(), StandardCharsets.UTF_8)).contains("混み合っています");
      lock.rollback();
    }
    assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
  }

  private void waitForLockWaiter() throws Exception {
    for (int i = 0; i < 100; i++) {
      if (data.count("pg_locks WHERE NOT granted AND relation = 'people.person'::regclass") > 0) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the first download never waited for the table");
  }

  private HttpRequest request(String token) {
    return HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/v1/persons/export.csv"))
        .header("Accept", "*/*")
        .header("Accept-Language", "ja")
        .header("Authorization", "Bearer " + token)
        // Without the bounded pool the second download would wait for the table too.
        .timeout(Duration.ofSeconds(15))
        .build();
  }
}
