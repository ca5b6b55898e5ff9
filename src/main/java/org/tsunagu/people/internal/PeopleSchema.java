package org.tsunagu.people.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tsunagu.platform.db.ModuleSchema;

/** The people module's tables live in the schema {@code people}. */
@Configuration(proxyBeanMethods = false)
class PeopleSchema {

  @Bean
  ModuleSchema peopleModuleSchema() {
    return ModuleSchema.of("people");
  }
}
