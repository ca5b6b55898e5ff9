package org.tsunagu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.tsunagu.TsunaguApplication;
import org.tsunagu.platform.audit.AuditVerifier;

/** The commands (audit-verify, generate-city) run the application without a web server. */
class CommandModeTest {

  @Test
  void shouldStartWithoutWebServerAndVerifyTheAuditChain() {
    try (var context =
        new SpringApplicationBuilder(TsunaguApplication.class)
            .web(WebApplicationType.NONE)
            .properties("tsunagu.demo.enabled=false")
            .run()) {
      assertThat(context.getBean(AuditVerifier.class).verify().intact()).isTrue();
    }
  }
}
