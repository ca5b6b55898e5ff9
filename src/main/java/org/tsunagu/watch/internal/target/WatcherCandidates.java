package org.tsunagu.watch.internal.target;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsunagu.platform.security.CurrentUser;

/**
 * Who a coordinator may name as a watcher: the field staff and 民生委員 of their own organisation and
 * of the organisations watching under an agreement in force, with the kind their role suggests.
 */
@Repository
class WatcherCandidates {

  record Candidate(long id, String displayName, String organizationName, String role) {

    String kind() {
      return switch (role) {
        case "DELIVERY_STAFF" -> "DELIVERY";
        case "WATCHER" -> "MINSEI";
        default -> "STAFF";
      };
    }
  }

  static final int LIMIT = 300;

  private final JdbcClient jdbc;

  WatcherCandidates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Candidate> of(CurrentUser user) {
    return jdbc.sql(
            "SELECT u.id, u.display_name, o.name AS organization_name, u.role FROM"
                + " platform.user_directory u JOIN people.organization_directory o ON o.id ="
                + " u.organization_id WHERE u.enabled AND u.role IN ('WATCHER', 'DELIVERY_STAFF',"
                + " 'COORDINATOR', 'COOP_STAFF') AND (u.organization_id = ? OR u.organization_id IN"
                + " (SELECT a.organization_id FROM watch.agreement a WHERE a.ended_on IS NULL))"
                + " ORDER BY u.organization_id = ? DESC, o.name, u.display_name LIMIT ?")
        .params(user.organizationId(), user.organizationId(), LIMIT)
        .query(Candidate.class)
        .list();
  }
}
