package org.tsunagu.watch.internal.chain;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsunagu.people.OrganizationRef;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.security.CurrentUser;

/**
 * Whom a chain form offers: every organisation (a step tells its staff), and the staff a step may
 * name (the roles that open watch alerts), those of the editor's organisation and of the parties to
 * agreements in force.
 */
@Repository
public class ChainReceivers {

  public record Person(long id, String displayName, String organizationName) {}

  static final int LIMIT = 300;

  private final JdbcClient jdbc;
  private final PeopleApi people;

  ChainReceivers(JdbcClient jdbc, PeopleApi people) {
    this.jdbc = jdbc;
    this.people = people;
  }

  public List<OrganizationRef> organizations() {
    return people.organizations();
  }

  public List<Person> users(CurrentUser editor) {
    return jdbc.sql(
            "SELECT u.id, u.display_name, o.name AS organization_name FROM"
                + " platform.user_directory u JOIN people.organization_directory o ON o.id ="
                + " u.organization_id WHERE u.enabled AND u.role IN ('COORDINATOR',"
                + " 'AGENCY_WORKER', 'MUNICIPAL_OFFICER', 'COOP_STAFF', 'WATCHER') AND (u.organization_id = ? OR u.organization_id IN (SELECT"
                + " a.organization_id FROM watch.agreement a WHERE a.ended_on IS NULL UNION SELECT"
                + " a.municipality_id FROM watch.agreement a WHERE a.ended_on IS NULL)) ORDER BY"
                + " u.organization_id = ? DESC, o.name, u.display_name LIMIT ?")
        .params(editor.organizationId(), editor.organizationId(), LIMIT)
        .query(Person.class)
        .list();
  }
}
