package org.tsunagu.platform.demo;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What the contributors of one demo town load share: besides the connection, the day and the facts
 * of every demo load, the organisations and logins by name, which the registry's contributor adds
 * as it writes them.
 */
public final class DemoTownContext extends DemoLoadContext {

  /** A demo login. */
  public record Login(long id, String displayName, long organizationId) {}

  private final Map<String, Long> organizations = new HashMap<>();
  private final Map<String, Login> logins = new HashMap<>();

  public DemoTownContext(Connection connection, LocalDate today, String passwordHash) {
    super(connection, today, passwordHash);
  }

  /** Records the id of the demo town's organisation of that name, once written. */
  public void addOrganization(String name, long id) {
    organizations.put(name, id);
  }

  /** Records a demo login, once written. */
  public void addLogin(String username, Login login) {
    logins.put(username, login);
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
}
