package org.tsunagu;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
public class TsunaguApplication {

  /** Command words that run a task and exit: no web server, no demo town. */
  static final Set<String> COMMANDS = Set.of("audit-verify", "generate-city");

  public static void main(String[] args) {
    SpringApplication app = new SpringApplication(TsunaguApplication.class);
    if (Arrays.stream(args).anyMatch(COMMANDS::contains)) {
      app.setWebApplicationType(WebApplicationType.NONE);
      // As a command-line argument it overrides application.properties.
      args =
          Stream.concat(Stream.of(args), Stream.of("--tsunagu.demo.enabled=false"))
              .toArray(String[]::new);
    }
    app.run(args);
  }
}
