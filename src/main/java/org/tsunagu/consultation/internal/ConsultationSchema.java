package org.tsunagu.consultation.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tsunagu.platform.db.ModuleSchema;

/** Consultation's tables live in the schema {@code consultation}; it publishes none. */
@Configuration(proxyBeanMethods = false)
class ConsultationSchema {

  @Bean
  ModuleSchema consultationModuleSchema() {
    return ModuleSchema.of("consultation");
  }
}
