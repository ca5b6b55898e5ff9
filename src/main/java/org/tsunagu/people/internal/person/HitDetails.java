package org.tsunagu.people.internal.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.PersonHit;
import org.tsunagu.people.internal.area.Areas;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.DisplayFormats;

/**
 * Adds to a page of hits what tells two persons of one name apart: age today, the 町丁目's name and
 * the household's size counting only the members the user may see (one query for the page).
 */
@Component
class HitDetails {

  private final JdbcClient jdbc;
  private final Areas areas;

  HitDetails(JdbcClient jdbc, Areas areas) {
    this.jdbc = jdbc;
    this.areas = areas;
  }

  List<PersonHit> add(CurrentUser user, List<PersonHit> hits) {
    LocalDate today = LocalDate.now(DisplayFormats.TOKYO);
    Map<Long, Integer> households = householdSizes(user, hits);
    return hits.stream()
        .map(
            h ->
                new PersonHit(
                    h.id(),
                    h.familyName(),
                    h.givenName(),
                    h.familyKana(),
                    h.givenKana(),
                    h.birthDate(),
                    h.addressLine(),
                    h.areaId(),
                    h.livingAlone(),
                    h.householdId(),
                    h.birthDate() == null
                        ? null
                        : java.time.Period.between(h.birthDate(), today).getYears(),
                    h.areaId() == null
                        ? null
                        : areas.find(h.areaId()).map(Areas.Area::name).orElse(null),
                    h.householdId() == null ? 0 : households.getOrDefault(h.householdId(), 1)))
        .toList();
  }

  private Map<Long, Integer> householdSizes(CurrentUser user, List<PersonHit> hits) {
    List<Long> households =
        hits.stream().map(PersonHit::householdId).filter(h -> h != null).distinct().toList();
    if (households.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql(
            "SELECT p.household_id, count(*) AS size FROM people.person p WHERE p.household_id ="
                + " ANY(:households) AND p.merged_into IS NULL AND "
                + PeopleApi.visibleSql("p.id")
                + " GROUP BY p.household_id")
        .param("households", households.toArray(Long[]::new))
        .param("viewerOrg", user.organizationId())
        .query((rs, n) -> Map.entry(rs.getLong("household_id"), rs.getInt("size")))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
