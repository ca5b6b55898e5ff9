package org.tsunagu.people.internal.person;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.AccessGround;
import org.tsunagu.people.BasisKind;
import org.tsunagu.people.RelationshipKind;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;

/** Relationships and access bases, the rows the visibility rule reads, begun and ended. */
@Component
class AccessRecords {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Clock clock;

  AccessRecords(JdbcClient jdbc, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public long recordRelationship(
      long personId,
      long organizationId,
      RelationshipKind kind,
      String source,
      AccessGround ground) {
    return jdbc.sql(
            "INSERT INTO people.relationship (person_id, organization_id, kind, source_ref,"
                + " consent_id, basis_id, started_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
        .param(1, personId)
        .param(2, organizationId)
        .param(3, kind.name())
        .param(4, source, Types.VARCHAR)
        .param(5, ground.consentId(), Types.BIGINT)
        .param(6, ground.basisId(), Types.BIGINT)
        .param(7, Timestamp.from(clock.instant()))
        .query(Long.class)
        .single();
  }

  @Transactional
  public void endRelationship(long relationshipId, String reason) {
    jdbc.sql(
            "UPDATE people.relationship SET ended_at = ?, ended_reason = ? WHERE id = ? AND"
                + " ended_at IS NULL")
        .params(Timestamp.from(clock.instant()), reason, relationshipId)
        .update();
  }

  @Transactional
  public long recordBasis(
      long personId,
      long organizationId,
      BasisKind kind,
      String reason,
      long decidedByUserId,
      Instant validUntil) {
    long id =
        jdbc.sql(
                // Valid from the moment it was decided, and never later than this transaction:
                // the rule compares valid_from with the database's now().
                "INSERT INTO people.access_basis (person_id, organization_id, kind, reason,"
                    + " decided_by, valid_until, valid_from) VALUES (?, ?, ?, ?, ?, ?, least(?,"
                    + " now())) RETURNING id")
            .params(
                personId,
                organizationId,
                kind.name(),
                reason,
                decidedByUserId,
                validUntil == null ? null : Timestamp.from(validUntil),
                Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    audit.record(AuditAction.BASIS_RECORDED, "person", personId, "basis=" + id + ";kind=" + kind);
    return id;
  }

  @Transactional
  public void endBasis(long basisId, long endedByUserId) {
    jdbc.sql(
            "UPDATE people.access_basis SET ended_at = ?, ended_by = ? WHERE id = ? AND"
                + " ended_at IS NULL")
        .params(Timestamp.from(clock.instant()), endedByUserId, basisId)
        .update();
    audit.record(AuditAction.BASIS_ENDED, "access_basis", basisId, null);
  }
}
