package org.tsunagu.platform.demo;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What the contributors of one demo town load share: the connection in its transaction, the day the
 * town is loaded for, the organisations and logins by name, and facts one module publishes for the
 * next (e.g. the residents written), keyed by their type.
 */
public final class DemoTownContext {

  /** A demo login. */
  public record Login(long id, String displayName, long organizationId) {}

  private final Connection connection;
  private final LocalDate today;
  private final Map<String, Long> organizations;
  private final Map<String, Login> logins;
  private final Map<Class<?>, Object> shared = new HashMap<>();

  public DemoTownContext(
      Connection connection,
      LocalDate today,
      Map<String, Long> organizations,
      Map<String, Login> logins) {
    this.connection = connection;
    this.today = today;
    this.organizations = Map.copyOf(organizations);
    this.logins = Map.copyOf(logins);
  }

  public Connection connection() {
    return connection;
  }

  public LocalDate today() {
    return today;
  }

  /** The id of the demo town's organisation of that name. */
  public long organizationId(String name) {
    Long id = organizations.get(name);
    if (id == null) {
      throw new IllegalArgumentException("no demo organisation " + name);
    }
    return id;
  }

  public Login login(String username) {
    Login login = logins.get(username);
    if (login == null) {
      throw new IllegalArgumentException("no demo login " + username);
    }
    return login;
  }

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
