package org.tsunagu.people.internal.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.people.OrganizationRef;
import org.tsunagu.people.OrganizationSuggestion;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.people.internal.area.Areas;

/** Organisations as other modules see them through PeopleApi: lookups and suggestions. */
@Component
public class OrganizationLookups {

  private static final String ORGANIZATION =
      "SELECT o.id, o.name, o.type, o.response_days, o.phone FROM people.organization o ";

  private final JdbcClient jdbc;
  private final Areas areas;

  OrganizationLookups(JdbcClient jdbc, Areas areas) {
    this.jdbc = jdbc;
    this.areas = areas;
  }

  private static OrganizationRef organizationRef(ResultSet rs, int n) throws SQLException {
    return new OrganizationRef(
        rs.getLong("id"),
        rs.getString("name"),
        OrganizationType.valueOf(rs.getString("type")),
        rs.getInt("response_days"),
        rs.getString("phone"));
  }

  public Optional<OrganizationRef> organization(long organizationId) {
    return jdbc.sql(ORGANIZATION + "WHERE o.id = ?")
        .param(organizationId)
        .query(OrganizationLookups::organizationRef)
        .optional();
  }

  public List<OrganizationRef> activeOrganizations() {
    return jdbc.sql(ORGANIZATION + "WHERE o.active ORDER BY o.type, o.name")
        .query(OrganizationLookups::organizationRef)
        .list();
  }

  public List<OrganizationSuggestion> suggest(
      Set<SupportDomain> domains, Long areaId, Collection<Long> excluded, int limit) {
    if (domains.isEmpty()) {
      return List.of();
    }
    List<Long> areaIds = areaId == null ? List.of() : areas.withAncestors(areaId);
    List<Long> skip = new ArrayList<>(excluded);
    skip.add(-1L);
    return jdbc.sql(
            "SELECT * FROM (SELECT o.id, o.name, o.type, o.response_days, o.phone, (SELECT count(*)"
                + " FROM people.organization_domain d WHERE d.organization_id = o.id AND d.domain"
                + " IN (:domains)) AS matched, EXISTS (SELECT 1 FROM people.organization_area a"
                + " WHERE a.organization_id = o.id AND a.area_id IN (:areas)) AS serves_area, NOT"
                + " EXISTS (SELECT 1 FROM people.organization_area a WHERE a.organization_id ="
                + " o.id) AS everywhere FROM people.organization o WHERE o.active AND o.id NOT IN"
                + " (:skip)) s WHERE s.matched > 0 AND (:anyArea OR s.serves_area OR s.everywhere)"
                + " ORDER BY s.serves_area DESC, s.matched DESC, s.name COLLATE \"C\" LIMIT :limit")
        .param("domains", domains.stream().map(Enum::name).toList())
        .param("areas", areaIds.isEmpty() ? List.of(-1L) : areaIds)
        .param("anyArea", areaIds.isEmpty())
        .param("skip", skip)
        .param("limit", limit)
        .query(
            (rs, n) ->
                new OrganizationSuggestion(
                    organizationRef(rs, n), rs.getInt("matched"), rs.getBoolean("serves_area")))
        .list();
  }
}
