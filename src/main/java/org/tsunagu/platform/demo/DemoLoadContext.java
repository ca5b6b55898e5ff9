package org.tsunagu.platform.demo;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What the contributors of one demo load (the demo town or the city-scale set) share: the
 * connection in its transaction, the day the data is generated for, the hash of the demo password,
 * and facts one module publishes for the next (e.g. the residents written), keyed by their type.
 */
public abstract class DemoLoadContext {

  private final Connection connection;
  private final LocalDate today;
  private final String passwordHash;
  private final Map<Class<?>, Object> shared = new HashMap<>();

  DemoLoadContext(Connection connection, LocalDate today, String passwordHash) {
    this.connection = connection;
    this.today = today;
    this.passwordHash = passwordHash;
  }

  public Connection connection() {
    return connection;
  }

  public LocalDate today() {
    return today;
  }

  /**
   * The hash of {@link DemoLogin#PASSWORD} that every generated login has, computed once: bcrypt is
   * slow on purpose.
   */
  public String passwordHash() {
    return passwordHash;
  }

  /** Publishes a fact for the contributors that run later; the type is its key. */
  public <T> void share(Class<T> type, T value) {
    shared.put(type, value);
  }

  /** What an earlier step shared under {@code type}. */
  public <T> T shared(Class<T> type) {
    Object value = shared.get(type);
    if (value == null) {
      throw new IllegalStateException("nothing shared as " + type.getSimpleName());
    }
    return type.cast(value);
  }
}
