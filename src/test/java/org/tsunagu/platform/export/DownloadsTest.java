package org.tsunagu.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

class DownloadsTest {

  @Test
  void shouldNameJapaneseFileInUtf8WithReadableAsciiFallback() {
    String header = Downloads.attachment("相談つなぎ実績_2026-04-01.csv", "numbers_2026-04-01.csv");

    assertThat(header)
        .startsWith("attachment; filename=\"numbers_2026-04-01.csv\"; filename*=UTF-8''")
        .doesNotContain("相談");
    String encoded = header.substring(header.indexOf("''") + 2);
    assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8))
        .isEqualTo("相談つなぎ実績_2026-04-01.csv");
    assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("相談つなぎ実績_2026-04-01.csv");
  }

  @Test
  void shouldKeepQuotesAndSpacesOutOfTheFallback() {
    assertThat(Downloads.attachment("a b.csv", "a \"b\".csv"))
        .startsWith("attachment; filename=\"a__b_.csv\"; filename*=UTF-8''a%20b.csv");
  }
}
