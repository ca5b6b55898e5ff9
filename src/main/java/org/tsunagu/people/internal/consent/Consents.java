package org.tsunagu.people.internal.consent;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.ConsentRequest;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.PeoplePermissions;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.text.JapaneseDateFormatException;
import org.tsunagu.platform.text.JapaneseDates;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;

/** Consent (同意): recorded for a purpose and scope, revocable with immediate effect. */
@Service
public class Consents {

  static final Set<String> GIVEN_BY = Set.of("PERSON", "PROXY");
  static final Set<String> METHODS = Set.of("WRITTEN", "ORAL", "ELECTRONIC");

  private final JdbcClient jdbc;
  private final PeopleApi people;
  private final AuditLog audit;
  private final Clock clock;

  Consents(JdbcClient jdbc, PeopleApi people, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.people = people;
    this.audit = audit;
  }

  public record Purpose(String code, String nameJa, String nameEn) {}

  public List<Purpose> purposes() {
    return jdbc.sql(
            "SELECT code, name_ja, name_en FROM people.consent_purpose WHERE active ORDER BY"
                + " sort_order, code")
        .query(Purpose.class)
        .list();
  }

  @Transactional
  public long record(CurrentUser user, long personId, ConsentRequest in) {
    if (!user.may(PeoplePermissions.CONSENT_RECORD)) {
      throw new org.springframework.security.access.AccessDeniedException("consent");
    }
    if (!people.maySee(user, personId, null)) {
      throw new NotFoundException();
    }
    Problems p = new Problems();
    Set<String> purposeCodes = purposes().stream().map(Purpose::code).collect(Collectors.toSet());
    if (in.purpose() == null || !purposeCodes.contains(in.purpose())) {
      p.add("purpose", "validation.required");
    }
    boolean hasOrg = in.scopeOrganizationId() != null;
    boolean hasType = in.scopeOrganizationType() != null && !in.scopeOrganizationType().isBlank();
    if (hasOrg == hasType) {
      p.add("scope", "consent.validation.scope");
    } else if (hasType
        && Stream.of(OrganizationType.values())
            .noneMatch(t -> t.name().equals(in.scopeOrganizationType()))) {
      p.add("scope", "consent.validation.scope");
    } else if (hasOrg
        && jdbc.sql("SELECT count(*) FROM people.organization WHERE id = ?")
                .param(in.scopeOrganizationId())
                .query(Long.class)
                .single()
            == 0) {
      p.add("scope", "consent.validation.scope");
    }
    if (in.givenBy() == null || !GIVEN_BY.contains(in.givenBy())) {
      p.add("givenBy", "validation.required");
    } else if ("PROXY".equals(in.givenBy())) {
      if (blank(in.proxyName())) {
        p.add("proxyName", "consent.validation.proxyName");
      }
      if (blank(in.proxyRelationship())) {
        p.add("proxyRelationship", "consent.validation.proxyRelationship");
      }
    }
    if (in.method() == null || !METHODS.contains(in.method())) {
      p.add("method", "validation.required");
    }
    LocalDate givenOn = date(in.givenOn(), "givenOn", p, true);
    LocalDate endsOn = date(in.endsOn(), "endsOn", p, false);
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    if (givenOn != null && givenOn.isAfter(today)) {
      p.add("givenOn", "consent.validation.givenOnFuture");
    }
    if (givenOn != null && endsOn != null && endsOn.isBefore(givenOn)) {
      p.add("endsOn", "consent.validation.endsBeforeGiven");
    }
    p.throwIfAny();
    boolean proxy = "PROXY".equals(in.givenBy());
    long id =
        jdbc.sql(
                "INSERT INTO people.consent (person_id, purpose, scope_org_id, scope_org_type,"
                    + " given_by, proxy_name, proxy_relationship, method, given_on, ends_on,"
                    + " recorded_by, recorded_org_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?) RETURNING id")
            .params(
                personId,
                in.purpose(),
                hasOrg ? in.scopeOrganizationId() : null,
                hasType ? in.scopeOrganizationType() : null,
                in.givenBy(),
                proxy ? in.proxyName().strip() : null,
                proxy ? in.proxyRelationship().strip() : null,
                in.method(),
                givenOn,
                endsOn,
                user.id(),
                user.organizationId(),
                Timestamp.from(now))
            .query(Long.class)
            .single();
    audit.record(AuditAction.CONSENT_GIVEN, "person", personId, "consent=" + id);
    return id;
  }

  /** Revokes at once: the consent stops covering anyone from this transaction on. */
  @Transactional
  public void revoke(CurrentUser user, long consentId, String reason) {
    if (!user.may(PeoplePermissions.CONSENT_RECORD)) {
      throw new org.springframework.security.access.AccessDeniedException("consent");
    }
    Long personId =
        jdbc.sql("SELECT person_id FROM people.consent WHERE id = ?")
            .param(consentId)
            .query(Long.class)
            .optional()
            .orElseThrow(NotFoundException::new);
    if (!people.maySee(user, personId, null)) {
      throw new NotFoundException();
    }
    if (reason != null && reason.length() > 500) {
      Problems p = new Problems();
      p.add("reason", "validation.tooLong", 500);
      p.throwIfAny();
    }
    int n =
        jdbc.sql(
                "UPDATE people.consent SET revoked_at = ?, revoked_by = ?, revoke_reason = ?"
                    + " WHERE id = ? AND revoked_at IS NULL")
            .params(
                Timestamp.from(clock.instant()),
                user.id(),
                blank(reason) ? null : reason.strip(),
                consentId)
            .update();
    if (n == 1) {
      audit.record(AuditAction.CONSENT_REVOKED, "person", personId, "consent=" + consentId);
    }
  }

  public List<ConsentView> forPerson(long personId) {
    return jdbc.sql(
            "SELECT c.id, c.person_id, c.purpose, c.scope_org_id, o.name AS scope_org_name,"
                + " c.scope_org_type, c.given_by, c.proxy_name, c.proxy_relationship, c.method,"
                + " c.given_on, c.ends_on, c.recorded_at, c.revoked_at, c.revoke_reason FROM"
                + " people.consent c LEFT JOIN people.organization o ON o.id = c.scope_org_id"
                + " WHERE c.person_id = ? ORDER BY c.revoked_at NULLS FIRST, c.given_on DESC, c.id"
                + " DESC")
        .param(personId)
        .query(
            (rs, n) ->
                new ConsentView(
                    rs.getLong("id"),
                    rs.getLong("person_id"),
                    rs.getString("purpose"),
                    (Long) rs.getObject("scope_org_id"),
                    rs.getString("scope_org_name"),
                    rs.getString("scope_org_type"),
                    rs.getString("given_by"),
                    rs.getString("proxy_name"),
                    rs.getString("proxy_relationship"),
                    rs.getString("method"),
                    rs.getObject("given_on", LocalDate.class),
                    rs.getObject("ends_on", LocalDate.class),
                    rs.getTimestamp("recorded_at").toInstant(),
                    rs.getTimestamp("revoked_at") == null
                        ? null
                        : rs.getTimestamp("revoked_at").toInstant(),
                    rs.getString("revoke_reason")))
        .list();
  }

  private static LocalDate date(String s, String field, Problems p, boolean required) {
    if (blank(s)) {
      if (required) {
        p.add(field, "validation.required");
      }
      return null;
    }
    try {
      return JapaneseDates.parse(s);
    } catch (JapaneseDateFormatException e) {
      p.add(field, "validation.date." + e.reason().name());
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
