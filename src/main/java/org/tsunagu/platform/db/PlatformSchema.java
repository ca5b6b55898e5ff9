package org.tsunagu.platform.db;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform module's tables live in the schema {@code platform}. */
@Configuration(proxyBeanMethods = false)
class PlatformSchema {

  @Bean
  ModuleSchema platformModuleSchema() {
    return ModuleSchema.of("platform");
  }
}
