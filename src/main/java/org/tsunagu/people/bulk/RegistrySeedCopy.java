package org.tsunagu.people.bulk;

import java.sql.SQLException;
import java.util.List;
import java.util.function.BiConsumer;
import org.tsunagu.people.internal.person.Persons.SearchKeys;
import org.tsunagu.platform.demo.CopyIn;

/**
 * COPY of the registry's own seed rows: areas, organisations with their areas and domains,
 * households, persons with the search keys the registry computes, and relationships.
 */
final class RegistrySeedCopy {

  private final CopyIn copyIn;

  RegistrySeedCopy(CopyIn copyIn) {
    this.copyIn = copyIn;
  }

  void areas(List<PeopleRows.Area> areas) throws SQLException {
    copy(
        "people.area (id, parent_id, level, name, code, latitude, longitude)",
        areas,
        (a, row) -> row.add(a.id(), a.parentId(), a.level(), a.name(), a.code(), a.lat(), a.lng()));
  }

  void organizations(List<PeopleRows.Organization> organizations) throws SQLException {
    copy(
        "people.organization (id, name, type, phone, response_days)",
        organizations,
        (o, row) -> row.add(o.id(), o.name(), o.type(), o.phone(), o.responseDays()));
    copy(
        "people.organization_area (organization_id, area_id)",
        organizations,
        (o, row) -> o.areaIds().forEach(area -> row.add(o.id(), area)));
    copy(
        "people.organization_domain (organization_id, domain)",
        organizations,
        (o, row) -> o.domains().forEach(domain -> row.add(o.id(), domain)));
  }

  void households(List<PeopleRows.Household> households) throws SQLException {
    copy(
        "people.household (id, reference)", households, (h, row) -> row.add(h.id(), h.reference()));
  }

  void persons(List<PeopleRows.Person> persons) throws SQLException {
    copy(
        "people.person (id, family_name, given_name, family_kana, given_kana, birth_date, sex,"
            + " postcode, prefecture, municipality, address_line, area_id, phone, household_id,"
            + " living_alone, needs_support, name_key, kana_key, registered_by)",
        persons,
        (p, row) -> {
          SearchKeys keys =
              SearchKeys.of(p.familyName(), p.givenName(), p.familyKana(), p.givenKana());
          row.add(
              p.id(),
              p.familyName(),
              p.givenName(),
              p.familyKana(),
              p.givenKana(),
              p.birthDate(),
              p.sex(),
              p.postcode(),
              p.prefecture(),
              p.municipality(),
              p.addressLine(),
              p.areaId(),
              p.phone(),
              p.householdId(),
              p.livingAlone(),
              p.needsSupport(),
              keys.name(),
              keys.kana(),
              p.registeredBy());
        });
  }

  void relationships(List<PeopleRows.Relationship> relationships) throws SQLException {
    copy(
        "people.relationship (person_id, organization_id, kind, source_ref)",
        relationships,
        (r, row) -> row.add(r.personId(), r.organizationId(), r.kind(), r.sourceRef()));
  }

  private <T> void copy(String target, List<T> items, BiConsumer<T, CopyIn.CopyRow> rows)
      throws SQLException {
    copyIn.copy(target, items, rows);
  }
}
