package org.tsunagu.consultation.internal.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tsunagu.consultation.DeclineReason;
import org.tsunagu.consultation.ReferralStatus;
import org.tsunagu.consultation.Urgency;
import org.tsunagu.people.PersonSummary;
import org.tsunagu.people.SupportDomain;

/**
 * A referral as stored, with its case reference, the names of both sides and its basis kind; read,
 * and turned into what its reader sees.
 */
record ReferralRecord(
    long id,
    long caseId,
    String caseReference,
    long fromOrgId,
    String fromOrgName,
    String fromUserName,
    long toOrgId,
    String toOrgName,
    String status,
    String urgency,
    String[] domains,
    String summary,
    String details,
    OffsetDateTime sentAt,
    LocalDate respondBy,
    OffsetDateTime firstOpenedAt,
    String declineReason,
    String declineNote,
    String outcome,
    String unsuccessfulReason,
    String outcomeNote,
    String withdrawnReason,
    String basisKind) {

  static Optional<ReferralRecord> find(JdbcClient jdbc, long referralId) {
    return jdbc.sql(
            "SELECT r.id, r.case_id, c.reference AS case_reference, r.from_org_id, f.name AS"
                + " from_org_name, s.display_name AS from_user_name, r.to_org_id, t.name AS"
                + " to_org_name, r.status, r.urgency, ARRAY(SELECT d.domain FROM"
                + " consultation.referral_domain d WHERE d.referral_id = r.id ORDER BY"
                + " d.domain) AS domains, r.summary, r.details, r.sent_at, r.respond_by,"
                + " r.first_opened_at, r.decline_reason, r.decline_note, r.outcome,"
                + " r.unsuccessful_reason, r.outcome_note, r.withdrawn_reason, b.kind AS"
                + " basis_kind FROM consultation.referral r JOIN consultation.support_case c ON"
                + " c.id = r.case_id JOIN people.organization_directory f ON f.id = r.from_org_id JOIN"
                + " people.organization_directory t ON t.id = r.to_org_id LEFT JOIN platform.user_directory s"
                + " ON s.id = r.from_user_id LEFT JOIN consultation.case_basis b ON b.id ="
                + " r.basis_id AND b.ended_at IS NULL WHERE r.id = ?")
        .param(referralId)
        .query(ReferralRecord::read)
        .optional();
  }

  private static ReferralRecord read(ResultSet rs, int n) throws SQLException {
    return new ReferralRecord(
        rs.getLong("id"),
        rs.getLong("case_id"),
        rs.getString("case_reference"),
        rs.getLong("from_org_id"),
        rs.getString("from_org_name"),
        rs.getString("from_user_name"),
        rs.getLong("to_org_id"),
        rs.getString("to_org_name"),
        rs.getString("status"),
        rs.getString("urgency"),
        (String[]) rs.getArray("domains").getArray(),
        rs.getString("summary"),
        rs.getString("details"),
        rs.getObject("sent_at", OffsetDateTime.class),
        rs.getObject("respond_by", LocalDate.class),
        rs.getObject("first_opened_at", OffsetDateTime.class),
        rs.getString("decline_reason"),
        rs.getString("decline_note"),
        rs.getString("outcome"),
        rs.getString("unsuccessful_reason"),
        rs.getString("outcome_note"),
        rs.getString("withdrawn_reason"),
        rs.getString("basis_kind"));
  }

  /** The referral as the reader sees it; the details only where {@code shared}. */
  ReferralQueries.Detail detail(
      String fromOrgPhone,
      boolean shared,
      PersonSummary person,
      boolean mayOpenCase,
      boolean receiver,
      List<ReferralQueries.Event> events) {
    return new ReferralQueries.Detail(
        id,
        caseId,
        caseReference,
        fromOrgId,
        fromOrgName,
        fromUserName,
        fromOrgPhone,
        toOrgId,
        toOrgName,
        ReferralStatus.valueOf(status),
        Urgency.valueOf(urgency),
        Arrays.stream(domains).map(SupportDomain::valueOf).toList(),
        summary,
        shared ? details : null,
        sentAt,
        respondBy,
        firstOpenedAt,
        declineReason == null ? null : DeclineReason.valueOf(declineReason),
        declineNote,
        outcome,
        unsuccessfulReason,
        outcomeNote,
        withdrawnReason,
        basisKind,
        person,
        mayOpenCase,
        receiver,
        events);
  }
}
