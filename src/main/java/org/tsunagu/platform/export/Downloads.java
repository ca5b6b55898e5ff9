package org.tsunagu.platform.export;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;

/** Response headers of file downloads. */
public final class Downloads {

  public static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private Downloads() {}

  public static MediaType csv(Charset charset) {
    return new MediaType("text", "csv", charset);
  }

  /**
   * Content-Disposition for a file named in Japanese: {@code filename*} in UTF-8 (RFC 6266, read by
   * every current browser) and a readable ASCII {@code filename} for older clients.
   */
  public static String attachment(String filename, String asciiFallback) {
    return "attachment; filename=\""
        + asciiFallback.replaceAll("[^A-Za-z0-9._-]", "_")
        + "\"; filename*=UTF-8''"
        + rfc5987(filename);
  }

  private static String rfc5987(String value) {
    StringBuilder b = new StringBuilder();
    for (byte x : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (x & 0xff);
      if (isAttrChar(c)) {
        b.append(c);
      } else {
        b.append('%').append(Character.toUpperCase(Character.forDigit((x >> 4) & 0xf, 16)));
        b.append(Character.toUpperCase(Character.forDigit(x & 0xf, 16)));
      }
    }
    return b.toString();
  }

  private static boolean isAttrChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "!#$&+-.^_`|~".indexOf(c) >= 0;
  }
}
