package org.tsunagu.platform.demo;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the contributors of one city-scale generation share: besides the connection, the day and the
 * facts of every demo load, the size of the set, its seed and the dice the contributors draw from
 * in turn, the row counts for the report, and the logins and cases the benchmark uses.
 */
public final class CityScaleContext extends DemoLoadContext {

  /** Whom the benchmark signs in as; the generator issues each an API token. */
  public enum BenchmarkRole {
    /** A coordinator who may see every person of the registry. */
    SEES_EVERYONE,
    /** The agency worker leading the most open cases of the organisation leading the most. */
    BUSIEST_AGENCY_WORKER,
    /** The same among the coordinators. */
    BUSIEST_COORDINATOR
  }

  /** A login the benchmark signs in as. */
  public record BenchmarkLogin(long userId, String username) {}

  private final CitySize size;
  private final long seed;
  private final Dice dice;
  private final Consumer<String> progress;
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private final Map<BenchmarkRole, BenchmarkLogin> benchmarkLogins =
      new EnumMap<>(BenchmarkRole.class);
  private List<Long> benchmarkCases = List.of();

  /**
   * @param seed the set's seed, from which contributors seed draws of their own
   * @param dice draws the contributors share, each continuing where the one before stopped, so that
   *     the same seed gives the same set
   * @param progress receives a line of progress
   */
  public CityScaleContext(
      Connection connection,
      LocalDate today,
      String passwordHash,
      CitySize size,
      long seed,
      Dice dice,
      Consumer<String> progress) {
    super(connection, today, passwordHash);
    this.size = size;
    this.seed = seed;
    this.dice = dice;
    this.progress = progress;
  }

  public CitySize size() {
    return size;
  }

  public long seed() {
    return seed;
  }

  public Dice dice() {
    return dice;
  }

  /** Reports a step of the generation. */
  public void progress(String line) {
    progress.accept(line);
  }

  /** Adds {@code rows} rows of {@code what} (e.g. "persons") to the report. */
  public void count(String what, int rows) {
    counts.merge(what, rows, Integer::sum);
  }

  /** The rows written, by what they are, in the order reported. */
  public Map<String, Integer> counts() {
    return Collections.unmodifiableMap(counts);
  }

  public void benchmarkLogin(BenchmarkRole role, long userId, String username) {
    benchmarkLogins.put(role, new BenchmarkLogin(userId, username));
  }

  public BenchmarkLogin benchmarkLogin(BenchmarkRole role) {
    BenchmarkLogin login = benchmarkLogins.get(role);
    if (login == null) {
      throw new IllegalStateException("no benchmark login " + role);
    }
    return login;
  }

  /** The cases the busiest agency worker's organisation leads that the benchmark opens. */
  public void benchmarkCases(List<Long> caseIds) {
    benchmarkCases = List.copyOf(caseIds);
  }

  public List<Long> benchmarkCases() {
    return benchmarkCases;
  }
}
