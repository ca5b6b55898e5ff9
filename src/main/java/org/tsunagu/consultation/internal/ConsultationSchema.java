package org.tsunagu.consultation.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tsunagu.platform.db.ModuleSchema;

/** The consultation module's tables live in the schema {@code consultation}. */
@Configuration(proxyBeanMethods = false)
class ConsultationSchema {

  @Bean
  ModuleSchema consultationModuleSchema() {
    return ModuleSchema.of("consultation");
  }
}
