package org.tsunagu.demo.internal;

import java.time.LocalDate;
import java.util.List;

/** The rows the demo data writes, in the shape of the people tables. */
final class Rows {

  private Rows() {}

  record Area(
      long id, Long parentId, String level, String name, String code, Double lat, Double lng) {}

  record Organization(
      long id, String name, String type, String phone, List<Long> areaIds, List<String> domains) {}

  record Household(long id, String reference) {}

  record Person(
      long id,
      SyntheticPerson person,
      String postcode,
      String prefecture,
      String municipality,
      String addressLine,
      long areaId,
      Long householdId,
      boolean livingAlone,
      boolean needsSupport,
      long registeredBy) {}

  record Relationship(long personId, long organizationId, String kind, String sourceRef) {}

  record Consent(
      long personId,
      String purpose,
      Long scopeOrgId,
      String scopeOrgType,
      LocalDate givenOn,
      LocalDate endsOn,
      long recordedBy,
      long recordedOrgId) {}
}
