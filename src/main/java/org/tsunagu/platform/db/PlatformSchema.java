package org.tsunagu.platform.db;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's tables live in the schema {@code platform}; modules read staff accounts only
 * through the published {@code user_directory}.
 */
@Configuration(proxyBeanMethods = false)
class PlatformSchema {

  @Bean
  ModuleSchema platformModuleSchema() {
    return ModuleSchema.of("platform").publishing("user_directory");
  }
}
