package org.tsunagu.people.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tsunagu.platform.db.ModuleSchema;

/**
 * The registry's tables live in the schema {@code people}. Other modules read it only through
 * {@code PeopleApi} and these published views and functions: the visibility rule, organisation
 * names, areas with their 圏域 and centre points, and a person's name and address (shown only with
 * {@code PeopleApi.visibleSql}).
 */
@Configuration(proxyBeanMethods = false)
class PeopleSchema {

  @Bean
  ModuleSchema peopleModuleSchema() {
    return ModuleSchema.of("people")
        .publishing(
            "visibility",
            "visible_to",
            "organization_directory",
            "area_district",
            "person_display_name",
            "person_address",
            "person_statutory",
            "area_place");
  }
}
