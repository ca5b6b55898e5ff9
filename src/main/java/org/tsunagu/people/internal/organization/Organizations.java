package org.tsunagu.people.internal.organization;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.SupportDomain;

/** Organisations, the domains and areas they serve. */
@Repository
public class Organizations {

  private final JdbcClient jdbc;

  Organizations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Organization(
      long id,
      String name,
      OrganizationType type,
      String phone,
      int responseDays,
      boolean active,
      List<SupportDomain> domains,
      List<Long> areaIds) {}

  private static final String SELECT =
      "SELECT o.id, o.name, o.type, o.phone, o.response_days, o.active,"
          + " ARRAY(SELECT d.domain FROM people.organization_domain d WHERE d.organization_id ="
          + " o.id ORDER BY d.domain) AS domains, ARRAY(SELECT a.area_id FROM"
          + " people.organization_area a WHERE a.organization_id = o.id ORDER BY a.area_id) AS"
          + " area_ids FROM people.organization o ";

  public Optional<Organization> find(long id) {
    return jdbc.sql(SELECT + "WHERE o.id = ?").param(id).query(Organizations::map).optional();
  }

  public Optional<String> name(long id) {
    return jdbc.sql("SELECT name FROM people.organization WHERE id = ?")
        .param(id)
        .query(String.class)
        .optional();
  }

  public List<Organization> all() {
    return jdbc.sql(SELECT + "ORDER BY o.type, o.name").query(Organizations::map).list();
  }

  /** Id and name of every active organisation, for choosers. */
  public List<Choice> choices() {
    return jdbc.sql(
            "SELECT id, name, type FROM people.organization WHERE active ORDER BY type, name")
        .query(
            (rs, n) ->
                new Choice(
                    rs.getLong("id"),
                    rs.getString("name"),
                    OrganizationType.valueOf(rs.getString("type"))))
        .list();
  }

  public record Choice(long id, String name, OrganizationType type) {}

  private static Organization map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    String[] domains = (String[]) rs.getArray("domains").getArray();
    Long[] areas = (Long[]) rs.getArray("area_ids").getArray();
    return new Organization(
        rs.getLong("id"),
        rs.getString("name"),
        OrganizationType.valueOf(rs.getString("type")),
        rs.getString("phone"),
        rs.getInt("response_days"),
        rs.getBoolean("active"),
        java.util.Arrays.stream(domains).map(SupportDomain::valueOf).toList(),
        List.of(areas));
  }

  public boolean nameTaken(String name, Long exceptId) {
    return jdbc.sql("SELECT count(*) FROM people.organization WHERE name = ? AND id <> ?")
            .params(name, exceptId == null ? -1L : exceptId)
            .query(Long.class)
            .single()
        > 0;
  }

  @Transactional
  public long create(
      String name,
      OrganizationType type,
      String phone,
      int responseDays,
      Set<SupportDomain> domains,
      Set<Long> areaIds) {
    long id =
        jdbc.sql(
                "INSERT INTO people.organization (name, type, phone, response_days) VALUES (?, ?, ?,"
                    + " ?) RETURNING id")
            .params(name, type.name(), phone, responseDays)
            .query(Long.class)
            .single();
    replaceServed(id, domains, areaIds);
    return id;
  }

  @Transactional
  public void update(
      long id,
      String name,
      OrganizationType type,
      String phone,
      int responseDays,
      boolean active,
      Set<SupportDomain> domains,
      Set<Long> areaIds) {
    jdbc.sql(
            "UPDATE people.organization SET name = ?, type = ?, phone = ?, response_days = ?,"
                + " active = ? WHERE id = ?")
        .params(name, type.name(), phone, responseDays, active, id)
        .update();
    replaceServed(id, domains, areaIds);
  }

  private void replaceServed(long id, Set<SupportDomain> domains, Set<Long> areaIds) {
    jdbc.sql("DELETE FROM people.organization_domain WHERE organization_id = ?").param(id).update();
    jdbc.sql("DELETE FROM people.organization_area WHERE organization_id = ?").param(id).update();
    for (SupportDomain d : domains) {
      jdbc.sql("INSERT INTO people.organization_domain VALUES (?, ?)")
          .params(id, d.name())
          .update();
    }
    for (Long a : areaIds) {
      jdbc.sql("INSERT INTO people.organization_area VALUES (?, ?)").params(id, a).update();
    }
  }
}
