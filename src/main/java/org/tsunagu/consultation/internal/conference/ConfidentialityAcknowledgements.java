package org.tsunagu.consultation.internal.conference;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.internal.casework.CaseAccess;
import org.tsunagu.consultation.internal.casework.Cases;
import org.tsunagu.consultation.internal.casework.SupportCase;
import org.tsunagu.consultation.internal.conference.Conferences.Kind;
import org.tsunagu.people.BasisKind;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;

/** A participant organisation acknowledges a conference's duty of confidentiality (守秘義務). */
@Service
public class ConfidentialityAcknowledgements {

  private final JdbcClient jdbc;
  private final Conferences conferences;
  private final Cases cases;
  private final PeopleApi people;
  private final AuditLog audit;
  private final Clock clock;

  ConfidentialityAcknowledgements(
      JdbcClient jdbc,
      Conferences conferences,
      Cases cases,
      PeopleApi people,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.conferences = conferences;
    this.cases = cases;
    this.people = people;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * A participant acknowledges the duty of confidentiality (守秘義務). For a 支援会議 their organisation
   * may then see the persons of the cases discussed, on that legal basis. Returns the conference.
   */
  @Transactional
  public long acknowledge(CurrentUser user, long participantId) {
    Conferences.requireManage(user);
    var row =
        jdbc.sql(
                "SELECT p.conference_id, p.organization_id, p.acknowledged_at IS NOT NULL AS done,"
                    + " c.kind, c.convened_by, c.convened_by_org FROM"
                    + " consultation.conference_participant p JOIN consultation.case_conference c"
                    + " ON c.id = p.conference_id WHERE p.id = ? FOR UPDATE OF p")
            .param(participantId)
            .query(
                (rs, n) ->
                    new Object[] {
                      rs.getLong(1),
                      rs.getLong(2),
                      rs.getBoolean(3),
                      Kind.valueOf(rs.getString(4)),
                      rs.getLong(5),
                      rs.getLong(6)
                    })
            .optional()
            .orElseThrow(NotFoundException::new);
    long conferenceId = (long) row[0];
    long orgId = (long) row[1];
    // Only a person of the participant organisation acknowledges, for themselves: the duty binds
    // the one who signs, so nobody (the convener included) can take it on for another.
    if (orgId != user.organizationId()) {
      throw new NotFoundException();
    }
    if ((boolean) row[2]) {
      return conferenceId;
    }
    jdbc.sql(
            "UPDATE consultation.conference_participant SET acknowledged_at = ?,"
                + " acknowledged_by = ? WHERE id = ?")
        .params(Timestamp.from(clock.instant()), user.id(), participantId)
        .update();
    if (row[3] == Kind.SUPPORT_MEETING) {
      for (Long caseId : conferences.caseIds(conferenceId)) {
        SupportCase c = cases.find(caseId).orElseThrow();
        if (c.personId() != null && !people.visibleTo(c.personId(), orgId, CaseAccess.PURPOSE)) {
          long basisId =
              people.recordBasis(
                  c.personId(),
                  orgId,
                  BasisKind.SUPPORT_MEETING,
                  "conference:" + conferenceId,
                  (long) row[4],
                  null);
          jdbc.sql(
                  "INSERT INTO consultation.conference_access (conference_id, case_id,"
                      + " organization_id, access_basis_id) VALUES (?, ?, ?, ?) ON CONFLICT DO"
                      + " NOTHING")
              .params(conferenceId, caseId, orgId, basisId)
              .update();
        }
      }
    }
    audit.record(AuditAction.UPDATE, "case_conference", conferenceId, "acknowledged=" + orgId);
    return conferenceId;
  }
}
