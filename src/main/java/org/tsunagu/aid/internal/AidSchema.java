package org.tsunagu.aid.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tsunagu.platform.db.ModuleSchema;

/** Mutual aid's tables live in the schema {@code aid}; it publishes none. */
@Configuration(proxyBeanMethods = false)
class AidSchema {

  @Bean
  ModuleSchema aidModuleSchema() {
    return ModuleSchema.of("aid");
  }
}
