package org.tsunagu.watch.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.people.PeopleApi;

/**
 * What watch-over pages show of a person — name, address, 町丁目, phone — read from the views the
 * registry publishes, and only when the viewer's organisation may see the person for the watch-over
 * programme. Drivers and 民生委員 hold no registry permission: their role lets them see this much of
 * the people they watch and nothing else of the registry.
 */
@Component
public class WatchPersons {

  public record PersonLine(
      long id, String name, String address, Long areaId, String areaName, String phone) {}

  /**
   * SQL: may the viewer's organisation ({@code :viewerOrg}) see the person in {@code column} for
   * the watch-over programme? The registry's rule as {@link #visible} asks it, for lists.
   */
  public static String visibleSql(String column) {
    // A scalar sub-select per row, as PeopleApi.visibleSql (ADR 0003): as EXISTS, PostgreSQL
    // turned it into a semi-join that read the organisation's whole visibility first.
    return "coalesce((SELECT true FROM people.visibility v WHERE v.person_id = "
        + column
        + " AND v.organization_id = :viewerOrg AND (v.purpose IS NULL OR v.purpose = 'WATCH')"
        + " LIMIT 1), false)";
  }

  private final JdbcClient jdbc;
  private final PeopleApi people;

  WatchPersons(JdbcClient jdbc, PeopleApi people) {
    this.jdbc = jdbc;
    this.people = people;
  }

  public boolean visible(long personId, long organizationId) {
    return people.visibleTo(personId, organizationId, "WATCH");
  }

  public Optional<PersonLine> line(long personId, long organizationId) {
    if (!visible(personId, organizationId)) {
      return Optional.empty();
    }
    return jdbc.sql(
            "SELECT n.id, n.display_name AS name, a.address_line AS address, a.area_id,"
                + " a.area_name, a.phone FROM people.person_display_name n JOIN"
                + " people.person_address a ON a.id = n.id WHERE n.id = ?")
        .param(personId)
        .query(PersonLine.class)
        .optional();
  }
}
