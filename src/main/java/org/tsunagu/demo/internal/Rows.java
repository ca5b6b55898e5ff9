package org.tsunagu.demo.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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

  /** A login; every generated login shares one password hash. */
  record User(long id, String username, String displayName, long organizationId, String role) {}

  /**
   * A consent to share for a consultation (purpose CONSULTATION) with one organisation or every
   * organisation of a type, given by the person or a family member.
   */
  record SharingConsent(
      long id,
      long personId,
      Long scopeOrgId,
      String scopeOrgType,
      String proxyName,
      String method,
      LocalDate givenOn,
      LocalDate endsOn,
      long recordedBy,
      long recordedOrgId,
      OffsetDateTime recordedAt) {

    /** Scoped to one organisation, given by the person in writing. */
    static SharingConsent withOrganization(
        long id,
        long personId,
        long scopeOrgId,
        LocalDate givenOn,
        LocalDate endsOn,
        long recordedBy,
        long recordedOrgId,
        OffsetDateTime recordedAt) {
      return new SharingConsent(
          id,
          personId,
          scopeOrgId,
          null,
          null,
          "WRITTEN",
          givenOn,
          endsOn,
          recordedBy,
          recordedOrgId,
          recordedAt);
    }
  }

  /** A relationship recorded by a module at a known time, with its id known in advance. */
  record DatedRelationship(
      long id,
      long personId,
      long organizationId,
      String kind,
      String sourceRef,
      OffsetDateTime startedAt,
      OffsetDateTime endedAt,
      String endedReason) {}

  /** A legal basis to see a person, e.g. a 支援会議 the organisation took part in. */
  record AccessBasis(
      long id,
      long personId,
      long organizationId,
      String kind,
      String reason,
      long decidedBy,
      OffsetDateTime validFrom,
      OffsetDateTime endedAt,
      Long endedBy) {}
}
