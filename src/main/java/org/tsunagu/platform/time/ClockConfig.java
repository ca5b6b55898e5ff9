package org.tsunagu.platform.time;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's one clock; inject it as {@link java.time.Clock}. */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

  @Bean
  TokyoClock clock() {
    return TokyoClock.system();
  }
}
