package org.tsunagu.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Comparator;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.tsunagu.platform.demo.CityScaleContributor;
import org.tsunagu.platform.demo.DemoDataContributor;
import org.tsunagu.support.IntegrationTest;

/**
 * A database given by URL never gets the demo town unless asked for (the embedded one: see
 * EmbeddedStartTest).
 */
@IntegrationTest
class DemoSwitchTest {

  @Autowired ApplicationContext context;

  @Test
  void shouldLeaveTheDemoTownOffWhenADatasourceUrlIsGivenAndNothingIsSaid() {
    assertThat(context.getEnvironment().getProperty("spring.datasource.url")).isNotBlank();
    assertThat(context.getEnvironment().getProperty("tsunagu.demo.enabled")).isNull();
    assertThat(context.getBeansOfType(DemoTown.class)).isEmpty();
    assertThat(context.getBeansOfType(DemoDataContributor.class)).isEmpty();
  }

  /** generate-city runs with a datasource URL: the modules' city-scale parts are always there. */
  @Test
  void shouldOfferEveryModulesCityScalePartWithoutTheDemoTown() {
    assertThat(
            context.getBeansOfType(CityScaleContributor.class).values().stream()
                .sorted(Comparator.comparingInt(CityScaleContributor::order))
                .map(c -> c.getClass().getSimpleName()))
        .containsExactly(
            "RegistryCityContributor",
            "ConsultationCityContributor",
            "WatchCityContributor",
            "AidCityContributor");
  }

  @Test
  void shouldLoadTheDemoTownOnlyWhenAskedForExplicitly() {
    ApplicationContextRunner runner =
        new ApplicationContextRunner()
            .withBean(DataSource.class, SimpleDriverDataSource::new)
            .withBean(
                PlatformTransactionManager.class,
                () -> new DataSourceTransactionManager(new SimpleDriverDataSource()))
            .withBean(Clock.class, Clock::systemUTC)
            .withUserConfiguration(DemoTown.class)
            .withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example/tsunagu");
    runner.run(c -> assertThat(c).doesNotHaveBean(DemoTown.class));
    runner
        .withPropertyValues("tsunagu.demo.enabled=false")
        .run(c -> assertThat(c).doesNotHaveBean(DemoTown.class));
    runner
        .withPropertyValues("tsunagu.demo.enabled=true")
        .run(c -> assertThat(c).hasSingleBean(DemoTown.class));
  }
}
