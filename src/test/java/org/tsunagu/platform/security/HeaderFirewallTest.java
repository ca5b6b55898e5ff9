package org.tsunagu.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderFirewallTest {

  /** Spring Security's own rule for header names and values. */
  private static final Pattern SPRING = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Bearer abc.DEF-123_~+/=",
        "text/html, application/xhtml+xml;q=0.9",
        "ja,en-US;q=0.8",
        "a\tb",
        "a\nb",
        "a\rb",
        "nul\u0000",
        "del\u007f",
        "c1\u0085",
        "unassigned\u0378",
        "private\ue000",
        "emoji\ud83d\ude00",
        "lone\ud800",
        "zero\u200bwidth",
        "全角　スペース"
      })
  void shouldAcceptExactlyWhatSpringSecurityAccepts(String header) {
    assertThat(HeaderFirewall.printable(header)).isEqualTo(SPRING.matcher(header).matches());
  }

  @Test
  void shouldAgreeOnEveryCodePointOfTheBasicPlane() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String s = "x" + (char) c;
      assertThat(HeaderFirewall.printable(s))
          .as("U+%04X", c)
          .isEqualTo(SPRING.matcher(s).matches());
    }
  }
}
