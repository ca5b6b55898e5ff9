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

  public Optional<Organization> find(long id) {
    return jdbc.sql(
            "SELECT id, name, type, phone, response_days, active FROM people.organization WHERE id = ?")
        .param(id)
        .query((rs, n) -> map(rs))
        .optional();
  }

  public Optional<String> name(long id) {
    return jdbc.sql("SELECT name FROM people.organization WHERE id = ?")
        .param(id)
        .query(String.class)
        .optional();
  }

  public List<Organization> all() {
    return jdbc.sql(
            "SELECT id, name, type, phone, response_days, active FROM people.organization ORDER BY type, name")
        .query((rs, n) -> map(rs))
        .list();
  }

  private Organization map(java.sql.ResultSet rs) throws java.sql.SQLException {
    long id = rs.getLong("id");
    return new Organization(
        id,
        rs.getString("name"),
        OrganizationType.valueOf(rs.getString("type")),
        rs.getString("phone"),
        rs.getInt("response_days"),
        rs.getBoolean("active"),
        jdbc.sql(
                "SELECT domain FROM people.organization_domain WHERE organization_id = ? ORDER BY domain")
            .param(id)
            .query((r, i) -> SupportDomain.valueOf(r.getString(1)))
            .list(),
        jdbc.sql(
                "SELECT area_id FROM people.organization_area WHERE organization_id = ? ORDER BY area_id")
            .param(id)
            .query(Long.class)
            .list());
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

  /**
   * Active organisations that declare the domain and serve the area or one of its ancestors, for
   * referral suggestions.
   */
  public List<Organization> serving(SupportDomain domain, long areaId) {
    return jdbc.sql(
            "WITH RECURSIVE up AS (SELECT id, parent_id FROM people.area WHERE id = :area UNION ALL"
                + " SELECT a.id, a.parent_id FROM people.area a JOIN up ON a.id = up.parent_id)"
                + " SELECT DISTINCT o.id, o.name, o.type, o.phone, o.response_days, o.active FROM"
                + " people.organization o JOIN people.organization_domain d ON d.organization_id ="
                + " o.id AND d.domain = :domain JOIN people.organization_area oa ON"
                + " oa.organization_id = o.id JOIN up ON up.id = oa.area_id WHERE o.active ORDER BY"
                + " o.name")
        .param("area", areaId)
        .param("domain", domain.name())
        .query((rs, n) -> map(rs))
        .list();
  }
}
