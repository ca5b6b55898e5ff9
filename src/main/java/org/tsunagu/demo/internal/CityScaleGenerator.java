package org.tsunagu.demo.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tsunagu.platform.demo.CityScaleContext;
import org.tsunagu.platform.demo.CityScaleContext.BenchmarkRole;
import org.tsunagu.platform.demo.CityScaleContributor;
import org.tsunagu.platform.demo.CitySize;
import org.tsunagu.platform.demo.DemoLogin;
import org.tsunagu.platform.demo.Dice;
import org.tsunagu.platform.demo.UserBulkWriter;
import org.tsunagu.platform.time.WorkingDays;

/**
 * Generates product.md's city-scale set (横浜市, 400,000 persons, 100,000 cases and 150,000 referrals
 * at full size) into an empty database, for benchmarks, by running the modules' contributors in
 * their order in one transaction; then issues API tokens to the logins the benchmark uses: one who
 * sees everyone, and an agency worker and a coordinator of the busiest organisations.
 */
public final class CityScaleGenerator {

  static final long SEED = 14100L;

  /**
   * What was generated: the logins the benchmark uses with their API tokens in plain text (one who
   * sees everyone, the busiest 包括's agency worker and the busiest ward 社協's coordinator); ids of
   * cases the worker's 包括 leads; the row counts.
   */
  public record Result(
      Login bench,
      Login worker,
      Login coordinator,
      List<Long> workerCaseIds,
      Map<String, Integer> counts) {}

  /** A generated login with its API token in plain text. */
  public record Login(String username, String token) {}

  /** Receives a line of progress. */
  @FunctionalInterface
  public interface Progress {
    void report(String line);
  }

  private final DataSource dataSource;
  private final PasswordEncoder passwordEncoder;
  private final Progress progress;
  private final List<CityScaleContributor> contributors;

  public CityScaleGenerator(
      DataSource dataSource,
      PasswordEncoder passwordEncoder,
      Progress progress,
      List<CityScaleContributor> contributors) {
    this.dataSource = dataSource;
    this.passwordEncoder = passwordEncoder;
    this.progress = progress;
    this.contributors =
        contributors.stream().sorted(Comparator.comparingInt(CityScaleContributor::order)).toList();
  }

  /**
   * Generates the set in one transaction, then vacuums and analyses the tables.
   *
   * @throws IllegalStateException if a module's tables already hold data
   */
  public Result generate(CitySize size, LocalDate today) throws SQLException {
    long started = System.nanoTime();
    Result result;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        for (CityScaleContributor contributor : contributors) {
          if (contributor.holdsData(connection)) {
            throw new IllegalStateException(
                "the database is not empty: generate-city only fills an empty database");
          }
        }
        try (Statement st = connection.createStatement()) {
          st.execute("SET LOCAL work_mem = '64MB'");
          st.execute("SET LOCAL synchronous_commit = off");
        }
        CityScaleContext context = context(connection, size, today, started);
        for (CityScaleContributor contributor : contributors) {
          contributor.writeCityScale(context);
        }
        result = issueTokens(connection, context);
        step(started, "committing");
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
      connection.setAutoCommit(true);
      step(started, "vacuuming and analysing");
      for (CityScaleContributor contributor : contributors) {
        contributor.analyse(connection);
      }
      new UserBulkWriter(connection).vacuumAnalyze();
    }
    step(started, "done " + result.counts());
    return result;
  }

  private CityScaleContext context(
      Connection connection, CitySize size, LocalDate today, long started) {
    // The contributors seed draws of their own from SEED (the registry: SEED and SEED + 1) and
    // share these, each continuing where the one before stopped.
    Dice dice = new Dice(SEED + 2, WorkingDays.fromClasspath()::isWorkingDay);
    return new CityScaleContext(
        connection,
        today,
        passwordEncoder.encode(DemoLogin.PASSWORD),
        size,
        SEED,
        dice,
        line -> step(started, line));
  }

  private static Result issueTokens(Connection connection, CityScaleContext context)
      throws SQLException {
    BenchmarkTokens tokens = new BenchmarkTokens(new UserBulkWriter(connection));
    return new Result(
        tokens.issue(context.benchmarkLogin(BenchmarkRole.SEES_EVERYONE)),
        tokens.issue(context.benchmarkLogin(BenchmarkRole.BUSIEST_AGENCY_WORKER)),
        tokens.issue(context.benchmarkLogin(BenchmarkRole.BUSIEST_COORDINATOR)),
        context.benchmarkCases(),
        Collections.unmodifiableMap(new LinkedHashMap<>(context.counts())));
  }

  private void step(long started, String what) {
    progress.report(String.format("[%6.1f s] %s", (System.nanoTime() - started) / 1e9, what));
  }
}
