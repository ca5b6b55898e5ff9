package org.tsunagu.demo.internal;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tsunagu.consultation.internal.demo.city.ConsultationCityContributor;
import org.tsunagu.people.internal.demo.city.RegistryCityContributor;

/** The city-scale generator with every module's contributor, as the application assembles it. */
final class CityScaleGenerators {

  private CityScaleGenerators() {}

  static CityScaleGenerator of(
      DataSource dataSource, PasswordEncoder encoder, CityScaleGenerator.Progress progress) {
    return new CityScaleGenerator(
        dataSource,
        encoder,
        progress,
        List.of(new ConsultationCityContributor(), new RegistryCityContributor()));
  }
}
