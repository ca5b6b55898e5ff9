package org.tsunagu.demo.internal;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tsunagu.consultation.internal.demo.ConsultationDemoContributor;
import org.tsunagu.people.internal.demo.RegistryDemoContributor;

/** The demo town with every module's contributor, as the application assembles it. */
final class DemoTowns {

  private DemoTowns() {}

  static DemoTown of(DataSource dataSource) {
    return of(dataSource, PasswordEncoderFactories.createDelegatingPasswordEncoder());
  }

  static DemoTown of(DataSource dataSource, PasswordEncoder encoder) {
    return new DemoTown(
        dataSource,
        encoder,
        List.of(new ConsultationDemoContributor(), new RegistryDemoContributor()));
  }
}
