package org.tsunagu.demo.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
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
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final List<DemoDataContributor> contributors;

  @Autowired
  public DemoTown(
      DataSource dataSource,
      PlatformTransactionManager transactions,
      Clock clock,
      ObjectProvider<DemoDataContributor> contributors) {
    this(
        dataSource,
        PasswordEncoderFactories.createDelegatingPasswordEncoder(),
        transactions,
        clock,
        contributors.stream().toList());
  }

  /**
   * Runs the modules' contributors in their order, all in one transaction of {@code transactions}:
   * the bulk writers use its connection and the services a contributor calls take part in it.
   */
  public DemoTown(
      DataSource dataSource,
      PasswordEncoder passwordEncoder,
      PlatformTransactionManager transactions,
      Clock clock,
      List<DemoDataContributor> contributors) {
    this.dataSource = dataSource;
    this.passwordEncoder = passwordEncoder;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    this.contributors =
        contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order)).toList();
  }

  @Override
  public void run(ApplicationArguments args) throws SQLException {
    load(LocalDate.now(clock.withZone(JAPAN)));
  }

  /** Loads the demo town unless a module's tables hold data; returns whether it loaded it. */
  public boolean load(LocalDate today) throws SQLException {
    long started = System.nanoTime();
    boolean loaded;
    try {
      loaded = Boolean.TRUE.equals(transaction.execute(status -> loadInTransaction(today)));
    } catch (SqlFailure e) {
      throw e.getCause();
    }
    if (!loaded) {
      return false;
    }
    log.info(
        "Loaded the demo town 古河市 (every login has the password {}) in {} ms",
        DemoLogin.PASSWORD,
        (System.nanoTime() - started) / 1_000_000);
    return true;
  }

  /** On the transaction's connection, which the bulk writers and the services share. */
  private boolean loadInTransaction(LocalDate today) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      for (DemoDataContributor contributor : contributors) {
        if (contributor.holdsData(connection)) {
          return false;
        }
      }
      // One hash for all: bcrypt is slow on purpose and every demo login has the same password.
      DemoTownContext context =
          new DemoTownContext(connection, today, passwordEncoder.encode(DemoLogin.PASSWORD));
      for (DemoDataContributor contributor : contributors) {
        contributor.writeDemoTown(context);
      }
      return true;
    } catch (SQLException e) {
      throw new SqlFailure(e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  /** A failed statement of a contributor, carried out of the transaction's callback. */
  private static final class SqlFailure extends RuntimeException {
    SqlFailure(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }
}
