package org.tsunagu.people.internal.address;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AddressConfig {
  @Bean
  PostcodeDirectory postcodeDirectory() {
    return new PostcodeDirectory();
  }
}
