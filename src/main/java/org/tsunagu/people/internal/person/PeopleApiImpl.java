package org.tsunagu.people.internal.person;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.BasisKind;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.PersonSummary;
import org.tsunagu.people.RelationshipKind;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Permission;

/** The registry's public face; the visibility rule itself is the SQL view people.visibility. */
@Service
class PeopleApiImpl implements PeopleApi {

  private final JdbcClient jdbc;
  private final Persons persons;
  private final AuditLog audit;

  PeopleApiImpl(JdbcClient jdbc, Persons persons, AuditLog audit) {
    this.jdbc = jdbc;
    this.persons = persons;
    this.audit = audit;
  }

  @Override
  public boolean maySee(CurrentUser user, long personId, String purpose) {
    return user.may(Permission.PERSON_READ)
        && jdbc.sql("SELECT people.visible_to(?, ?, ?)")
            .params(personId, user.organizationId(), purpose)
            .query(Boolean.class)
            .single();
  }

  @Override
  @Transactional
  public Optional<PersonSummary> findVisible(CurrentUser user, long personId) {
    if (!maySee(user, personId, null)) {
      return Optional.empty();
    }
    return persons
        .find(personId)
        .map(
            p -> {
              audit.record(AuditAction.READ, "person", p.id(), "summary");
              return new PersonSummary(
                  p.id(),
                  p.familyName(),
                  p.givenName(),
                  p.familyKana(),
                  p.givenKana(),
                  p.birthDate(),
                  p.areaId(),
                  p.livingAlone());
            });
  }

  @Override
  public long currentId(long personId) {
    long id = personId;
    for (int hops = 0; hops < 20; hops++) {
      Long next =
          jdbc.sql("SELECT merged_into FROM people.person WHERE id = ?")
              .param(id)
              .query((rs, n) -> (Long) rs.getObject(1))
              .optional()
              .orElse(null);
      if (next == null) {
        return id;
      }
      id = next;
    }
    return id;
  }

  @Override
  @Transactional
  public long recordRelationship(
      long personId, long organizationId, RelationshipKind kind, String source) {
    return jdbc.sql(
            "INSERT INTO people.relationship (person_id, organization_id, kind, source_ref) VALUES"
                + " (?, ?, ?, ?) RETURNING id")
        .params(personId, organizationId, kind.name(), source)
        .query(Long.class)
        .single();
  }

  @Override
  @Transactional
  public void endRelationship(long relationshipId, String reason) {
    jdbc.sql(
            "UPDATE people.relationship SET ended_at = now(), ended_reason = ? WHERE id = ? AND"
                + " ended_at IS NULL")
        .params(reason, relationshipId)
        .update();
  }

  @Override
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
                "INSERT INTO people.access_basis (person_id, organization_id, kind, reason,"
                    + " decided_by, valid_until) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
            .params(
                personId,
                organizationId,
                kind.name(),
                reason,
                decidedByUserId,
                validUntil == null ? null : Timestamp.from(validUntil))
            .query(Long.class)
            .single();
    audit.record(AuditAction.BASIS_RECORDED, "person", personId, "basis=" + id + ";kind=" + kind);
    return id;
  }

  @Override
  @Transactional
  public void endBasis(long basisId, long endedByUserId) {
    jdbc.sql(
            "UPDATE people.access_basis SET ended_at = now(), ended_by = ? WHERE id = ? AND"
                + " ended_at IS NULL")
        .params(endedByUserId, basisId)
        .update();
    audit.record(AuditAction.BASIS_ENDED, "access_basis", basisId, null);
  }
}
