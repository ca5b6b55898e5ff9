package org.tsunagu.consultation.internal.casework;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.ConsentRequest;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.platform.web.UserFacingException;

/**
 * The bases on which a case's personal data may be shared: the person's consent (recorded in the
 * people module), the legal basis of a 支援会議 (社会福祉法 第106条の6), or an emergency. Each keeps who
 * decided and why.
 */
@Service
public class CaseBases {

  public enum Kind {
    CONSENT,
    SUPPORT_MEETING,
    EMERGENCY
  }

  private final JdbcClient jdbc;
  private final CaseAccess access;
  private final CaseTimeline timeline;
  private final PeopleApi people;
  private final AuditLog audit;
  private final BasisGrants grants;
  private final Clock clock;

  CaseBases(
      JdbcClient jdbc,
      CaseAccess access,
      CaseTimeline timeline,
      PeopleApi people,
      AuditLog audit,
      BasisGrants grants,
      Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.grants = grants;
    this.access = access;
    this.timeline = timeline;
    this.people = people;
    this.audit = audit;
  }

  /** The person's consent to share for a consultation, recorded in the registry. */
  @Transactional
  public long recordConsent(CurrentUser user, long caseId, ConsentRequest consent, String note) {
    SupportCase c = access.lockAsLead(user, caseId);
    requirePerson(c);
    ConsentRequest forConsultation =
        new ConsentRequest(
            CaseAccess.PURPOSE,
            consent.scopeOrganizationId(),
            consent.scopeOrganizationType(),
            consent.givenBy(),
            consent.proxyName(),
            consent.proxyRelationship(),
            consent.method(),
            consent.givenOn(),
            consent.endsOn());
    long consentId = people.recordConsent(user, c.personId(), forConsultation);
    return insert(user, c, Kind.CONSENT, consentId, null, blank(note) ? "consent" : note.strip());
  }

  /** Links a consent recorded at intake to the case. */
  @Transactional
  public long linkConsent(CurrentUser user, long caseId, long consentId) {
    SupportCase c = access.lockAsLead(user, caseId);
    return insert(user, c, Kind.CONSENT, consentId, null, "intake");
  }

  /** A 支援会議 or an emergency: who decided (the user) and why. */
  @Transactional
  public long recordLegal(
      CurrentUser user, long caseId, Kind kind, String reason, Long conferenceId) {
    SupportCase c = access.lockAsLead(user, caseId);
    return recordLegalLocked(user, c, kind, reason, conferenceId);
  }

  long recordLegalLocked(
      CurrentUser user, SupportCase c, Kind kind, String reason, Long conferenceId) {
    Problems p = new Problems();
    if (kind == null || kind == Kind.CONSENT) {
      p.add("kind", "validation.required");
    }
    CaseWork.text(p, "reason", reason, true);
    if (conferenceId != null && !discussedAt(c, conferenceId)) {
      p.add("conferenceId", "basis.validation.conference");
    }
    p.throwIfAny();
    requirePerson(c);
    return insert(user, c, kind, null, conferenceId, reason.strip());
  }

  /** A basis names a conference only if it exists and took up this case. */
  private boolean discussedAt(SupportCase c, long conferenceId) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM consultation.conference_case WHERE conference_id = ?"
                + " AND case_id = ?)")
        .params(conferenceId, c.id())
        .query(Boolean.class)
        .single();
  }

  /**
   * Ends a basis and every access it granted, at once: the access bases and relationships of the
   * referrals shared on it, the access a 支援会議 gave its participants, and for a consent the consent
   * itself (ending it in the case means the person no longer agrees to share).
   */
  @Transactional
  public void end(CurrentUser user, long basisId) {
    Ended b =
        jdbc.sql(
                "SELECT case_id, kind, consent_id, conference_id, ended_at IS NOT NULL AS ended FROM"
                    + " consultation.case_basis WHERE id = ?")
            .param(basisId)
            .query(Ended.class)
            .optional()
            .orElseThrow(NotFoundException::new);
    access.lockAsLead(user, b.caseId());
    if (b.ended()) {
      return;
    }
    jdbc.sql("UPDATE consultation.case_basis SET ended_at = ?, ended_by = ? WHERE id = ?")
        .params(Timestamp.from(clock.instant()), user.id(), basisId)
        .update();
    grants.endAll(user, b.caseId(), basisId, b.conferenceId());
    if (Kind.valueOf(b.kind()) == Kind.CONSENT && b.consentId() != null) {
      people.revokeConsent(user, b.consentId(), null);
    }
    timeline.addSystemEntry(
        b.caseId(), EntryKind.DECISION, "basisEnded", b.kind(), user.id(), user.organizationId());
    audit.record(AuditAction.BASIS_ENDED, "support_case", b.caseId(), "basis=" + basisId);
  }

  private record Ended(
      long caseId, String kind, Long consentId, Long conferenceId, boolean ended) {}

  /** A basis of the case still in force, or null. */
  public Basis inForce(long caseId, long basisId) {
    return jdbc.sql(
            "SELECT id, kind, consent_id, reason, decided_by FROM consultation.case_basis WHERE id"
                + " = ? AND case_id = ? AND ended_at IS NULL")
        .params(basisId, caseId)
        .query(
            (rs, n) ->
                new Basis(
                    rs.getLong("id"),
                    Kind.valueOf(rs.getString("kind")),
                    (Long) rs.getObject("consent_id"),
                    rs.getString("reason"),
                    rs.getLong("decided_by")))
        .optional()
        .orElse(null);
  }

  public record Basis(long id, Kind kind, Long consentId, String reason, long decidedBy) {}

  private long insert(
      CurrentUser user,
      SupportCase c,
      Kind kind,
      Long consentId,
      Long conferenceId,
      String reason) {
    long id =
        jdbc.sql(
                "INSERT INTO consultation.case_basis (case_id, kind, consent_id, conference_id,"
                    + " reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
            .params(
                c.id(),
                kind.name(),
                consentId,
                conferenceId,
                reason,
                user.id(),
                Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    timeline.addSystemEntry(
        c.id(), EntryKind.DECISION, "basis", kind, user.id(), user.organizationId());
    audit.record(AuditAction.BASIS_RECORDED, "support_case", c.id(), "basis=" + id + ";" + kind);
    return id;
  }

  private static void requirePerson(SupportCase c) {
    if (c.personId() == null) {
      throw new UserFacingException("basis.error.unidentified", 409);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
