package org.tsunagu;

import java.util.Arrays;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
public class TsunaguApplication {

  public static void main(String[] args) {
    SpringApplication app = new SpringApplication(TsunaguApplication.class);
    if (Arrays.asList(args).contains("audit-verify")) {
      app.setWebApplicationType(WebApplicationType.NONE);
      app.setDefaultProperties(java.util.Map.of("tsunagu.demo.enabled", "false"));
    }
    app.run(args);
  }
}
