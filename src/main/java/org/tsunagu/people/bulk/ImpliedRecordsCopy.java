package org.tsunagu.people.bulk;

import java.sql.SQLException;
import java.util.List;
import java.util.function.BiConsumer;
import org.tsunagu.platform.demo.CopyIn;

/**
 * COPY of the registry records another module's seeded data implies, with ids the caller reserved:
 * consents to share, relationships on their ground, and access bases.
 */
final class ImpliedRecordsCopy {

  private final CopyIn copyIn;

  ImpliedRecordsCopy(CopyIn copyIn) {
    this.copyIn = copyIn;
  }

  /**
   * Consents whose ids the caller reserved, purpose CONSULTATION; given by the person, or by a
   * family member (a proxy) when a proxy name is set.
   */
  void sharingConsents(List<PeopleRows.SharingConsent> consents) throws SQLException {
    consents("CONSULTATION", consents);
  }

  /** The same for another purpose of people.consent_purpose (WATCH, say). */
  void consents(String purpose, List<PeopleRows.SharingConsent> consents) throws SQLException {
    copy(
        "people.consent (id, person_id, purpose, scope_org_id, scope_org_type, given_by,"
            + " proxy_name, proxy_relationship, method, given_on, ends_on, recorded_by,"
            + " recorded_org_id, recorded_at)",
        consents,
        (c, row) ->
            row.add(
                c.id(),
                c.personId(),
                purpose,
                c.scopeOrgId(),
                c.scopeOrgType(),
                c.proxyName() == null ? "PERSON" : "PROXY",
                c.proxyName(),
                c.proxyName() == null ? null : "FAMILY",
                c.method(),
                c.givenOn(),
                c.endsOn(),
                c.recordedBy(),
                c.recordedOrgId(),
                c.recordedAt()));
  }

  void datedRelationships(List<PeopleRows.DatedRelationship> relationships) throws SQLException {
    copy(
        "people.relationship (id, person_id, organization_id, kind, source_ref, consent_id,"
            + " basis_id, started_at, ended_at, ended_reason)",
        relationships,
        (r, row) ->
            row.add(
                r.id(),
                r.personId(),
                r.organizationId(),
                r.kind(),
                r.sourceRef(),
                r.ground().consentId(),
                r.ground().basisId(),
                r.startedAt(),
                r.endedAt(),
                r.endedReason()));
  }

  void accessBases(List<PeopleRows.AccessBasis> bases) throws SQLException {
    copy(
        "people.access_basis (id, person_id, organization_id, kind, reason, decided_by,"
            + " valid_from, ended_at, ended_by)",
        bases,
        (b, row) ->
            row.add(
                b.id(),
                b.personId(),
                b.organizationId(),
                b.kind(),
                b.reason(),
                b.decidedBy(),
                b.validFrom(),
                b.endedAt(),
                b.endedBy()));
  }

  private <T> void copy(String target, List<T> items, BiConsumer<T, CopyIn.CopyRow> rows)
      throws SQLException {
    copyIn.copy(target, items, rows);
  }
}
