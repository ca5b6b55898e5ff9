package org.tsunagu.demo.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.demo.DemoDataContributor;
import org.tsunagu.platform.demo.DemoLogin;
import org.tsunagu.platform.demo.DemoTownContext;

/**
 * Loads the demo town (古河市: about 500 synthetic residents, one login per role, a few staff of other
 * organisations, and consultations for every screen) into a database that has no organisations yet,
 * in one transaction, by running the modules' contributors in their order. Only when {@code
 * tsunagu.demo.enabled=true}: the embedded database sets that default, a database given by URL
 * never gets the demo town unless it is asked for.
 */
@Component
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
public class DemoTown implements ApplicationRunner {

  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  private static final Logger log = LoggerFactory.getLogger(DemoTown.class);

  private final DataSource dataSource;
  private final PasswordEncoder passwordEncoder;
  private final List<DemoDataContributor> contributors;

  @Autowired
  public DemoTown(DataSource dataSource, ObjectProvider<DemoDataContributor> contributors) {
    this(
        dataSource,
        PasswordEncoderFactories.createDelegatingPasswordEncoder(),
        contributors.stream().toList());
  }

  public DemoTown(
      DataSource dataSource,
      PasswordEncoder passwordEncoder,
      List<DemoDataContributor> contributors) {
    this.dataSource = dataSource;
    this.passwordEncoder = passwordEncoder;
    this.contributors =
        contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order)).toList();
  }

  @Override
  public void run(ApplicationArguments args) throws SQLException {
    load(LocalDate.now(JAPAN));
  }

  /** Loads the demo town unless a module's tables hold data; returns whether it loaded it. */
  public boolean load(LocalDate today) throws SQLException {
    long started = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        for (DemoDataContributor contributor : contributors) {
          if (contributor.holdsData(connection)) {
            connection.rollback();
            return false;
          }
        }
        // One hash for all: bcrypt is slow on purpose and every demo login has the same password.
        DemoTownContext context =
            new DemoTownContext(connection, today, passwordEncoder.encode(DemoLogin.PASSWORD));
        for (DemoDataContributor contributor : contributors) {
          contributor.writeDemoTown(context);
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
    log.info(
        "Loaded the demo town 古河市 (every login has the password {}) in {} ms",
        DemoLogin.PASSWORD,
        (System.nanoTime() - started) / 1_000_000);
    return true;
  }
}
