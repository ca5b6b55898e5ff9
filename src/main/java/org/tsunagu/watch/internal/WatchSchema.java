package org.tsunagu.watch.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tsunagu.platform.db.ModuleSchema;

/** Watch-over's tables live in the schema {@code watch}; it publishes none. */
@Configuration(proxyBeanMethods = false)
class WatchSchema {

  @Bean
  ModuleSchema watchModuleSchema() {
    return ModuleSchema.of("watch");
  }
}
