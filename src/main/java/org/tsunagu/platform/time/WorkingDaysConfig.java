package org.tsunagu.platform.time;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One shared calendar of working days, read once from the bundled holidays. */
@Configuration(proxyBeanMethods = false)
class WorkingDaysConfig {

  @Bean
  WorkingDays workingDays() {
    return WorkingDays.fromClasspath();
  }
}
