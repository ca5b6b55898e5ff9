package org.tsunagu.people.bulk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.tsunagu.people.AccessGround;

/** The rows a bulk load writes, in the shape of the people tables. */
public final class PeopleRows {

  private PeopleRows() {}

  public record Area(
      long id, Long parentId, String level, String name, String code, Double lat, Double lng) {}

  /** An organisation; it answers referrals within {@code responseDays} working days. */
  public record Organization(
      long id,
      String name,
      String type,
      String phone,
      List<Long> areaIds,
      List<String> domains,
      int responseDays) {}

  public record Household(long id, String reference) {}

  /** A person; sex is FEMALE or MALE. */
  public record Person(
      long id,
      String familyName,
      String givenName,
      String familyKana,
      String givenKana,
      LocalDate birthDate,
      String sex,
      String phone,
      String postcode,
      String prefecture,
      String municipality,
      String addressLine,
      long areaId,
      Long householdId,
      boolean livingAlone,
      boolean needsSupport,
      long registeredBy) {}

  public record Relationship(long personId, long organizationId, String kind, String sourceRef) {}

  /**
   * A consent to share for a consultation (purpose CONSULTATION) with one organisation or every
   * organisation of a type, given by the person or a family member.
   */
  public record SharingConsent(
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
    public static SharingConsent withOrganization(
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

  /**
   * A relationship recorded by a module at a known time, with its id known in advance; one granted
   * on a consent or an access basis (a REFERRAL) names that ground, as the registry records it.
   */
  public record DatedRelationship(
      long id,
      long personId,
      long organizationId,
      String kind,
      String sourceRef,
      AccessGround ground,
      OffsetDateTime startedAt,
      OffsetDateTime endedAt,
      String endedReason) {}

  /** A legal basis to see a person, e.g. a 支援会議 the organisation took part in. */
  public record AccessBasis(
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
