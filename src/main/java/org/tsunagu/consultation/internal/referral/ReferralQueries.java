package org.tsunagu.consultation.internal.referral;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.consultation.DeclineReason;
import org.tsunagu.consultation.ReferralStatus;
import org.tsunagu.consultation.Urgency;
import org.tsunagu.consultation.internal.casework.CaseAccess;
import org.tsunagu.consultation.internal.casework.Cases;
import org.tsunagu.consultation.internal.casework.SupportCase;
import org.tsunagu.people.OrganizationRef;
import org.tsunagu.people.OrganizationSuggestion;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.PersonSummary;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;

/** Reads of referrals for either side; every view of one is audited. */
@Service
public class ReferralQueries {

  private final JdbcClient jdbc;
  private final Cases cases;
  private final CaseAccess caseAccess;
  private final ReferralWork work;
  private final PeopleApi people;
  private final AuditLog audit;

  ReferralQueries(
      JdbcClient jdbc,
      Cases cases,
      CaseAccess caseAccess,
      ReferralWork work,
      PeopleApi people,
      AuditLog audit) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.caseAccess = caseAccess;
    this.work = work;
    this.people = people;
    this.audit = audit;
  }

  /** A referral as either side sees it; identifying details only where a basis allows. */
  public record Detail(
      long id,
      long caseId,
      String caseReference,
      long fromOrgId,
      String fromOrgName,
      String fromUserName,
      String fromOrgPhone,
      long toOrgId,
      String toOrgName,
      ReferralStatus status,
      Urgency urgency,
      List<SupportDomain> domains,
      String summary,
      String details,
      OffsetDateTime sentAt,
      LocalDate respondBy,
      OffsetDateTime firstOpenedAt,
      DeclineReason declineReason,
      String declineNote,
      String outcome,
      String unsuccessfulReason,
      String outcomeNote,
      String withdrawnReason,
      String basisKind,
      PersonSummary person,
      boolean mayOpenCase,
      boolean receiver,
      List<Event> events) {

    public boolean isOverdue(LocalDate today) {
      return status == ReferralStatus.PENDING && respondBy.isBefore(today);
    }

    public boolean isShared() {
      return person != null;
    }
  }

  public record Event(String kind, OffsetDateTime at, String byName, String orgName, String note) {

    /** Events whose note is a code, and the prefix of its message key. */
    private static final java.util.Map<String, String> CODED_NOTES =
        java.util.Map.of(
            "DECLINED", "declineReason.", "COMPLETED", "outcome.", "BASIS_ADDED", "basisKind.");

    /** The message key of a coded note (a reason, an outcome), or null for a note in words. */
    public String noteKey() {
      String prefix = CODED_NOTES.get(kind);
      return prefix == null || note == null ? null : prefix + note;
    }
  }

  private record Row(
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
      String basisKind) {}

  /**
   * Opens a referral. The receiver's first opening is recorded (既読). The receiver sees the person
   * and the details only when the people module lets their organisation see the person for a
   * consultation (a consent, a 支援会議, an emergency, or a relationship).
   */
  @Transactional
  public Detail open(CurrentUser user, long referralId) {
    if (!user.may(ConsultationPermissions.CASE_WORK)) {
      throw new NotFoundException();
    }
    // Only the receiver's opening counts as 既読; for anyone else this changes nothing.
    work.markOpened(user, referralId);
    Row r =
        jdbc.sql(
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
            .query(ReferralQueries::row)
            .optional()
            .orElseThrow(NotFoundException::new);
    boolean receiver = r.toOrgId() == user.organizationId();
    boolean referrer = r.fromOrgId() == user.organizationId();
    if (!receiver && !referrer) {
      audit.recordRefused("referral", referralId);
      throw new NotFoundException();
    }
    SupportCase c = cases.find(r.caseId()).orElseThrow();
    PersonSummary person = work.sharedPerson(user, c.personId());
    boolean shared = referrer || person != null;
    audit.record(
        shared ? AuditAction.READ : AuditAction.READ_REDACTED,
        "referral",
        referralId,
        receiver ? "receiver" : "referrer");
    return new Detail(
        r.id(),
        r.caseId(),
        r.caseReference(),
        r.fromOrgId(),
        r.fromOrgName(),
        r.fromUserName(),
        people.organization(r.fromOrgId()).map(OrganizationRef::phone).orElse(null),
        r.toOrgId(),
        r.toOrgName(),
        ReferralStatus.valueOf(r.status()),
        Urgency.valueOf(r.urgency()),
        Arrays.stream(r.domains()).map(SupportDomain::valueOf).toList(),
        r.summary(),
        shared ? r.details() : null,
        r.sentAt(),
        r.respondBy(),
        r.firstOpenedAt(),
        r.declineReason() == null ? null : DeclineReason.valueOf(r.declineReason()),
        r.declineNote(),
        r.outcome(),
        r.unsuccessfulReason(),
        r.outcomeNote(),
        r.withdrawnReason(),
        r.basisKind(),
        person,
        caseAccess.mayOpen(user, c),
        receiver,
        events(referralId));
  }

  public List<Event> events(long referralId) {
    return jdbc.sql(
            "SELECT e.kind, e.at, u.display_name AS by_name, o.name AS org_name, e.note FROM"
                + " consultation.referral_event e LEFT JOIN platform.user_directory u ON u.id ="
                + " e.by_user JOIN people.organization_directory o ON o.id = e.by_org WHERE e.referral_id ="
                + " ? ORDER BY e.at, e.id")
        .param(referralId)
        .query(Event.class)
        .list();
  }

  private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Row(
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

  /** A referral in a list: what travels without a basis, nothing identifying. */
  public record ListRow(
      long id,
      String caseReference,
      String otherOrgName,
      String status,
      String urgency,
      String summary,
      OffsetDateTime sentAt,
      LocalDate respondBy,
      OffsetDateTime firstOpenedAt) {

    public boolean isOverdue(LocalDate today) {
      return "PENDING".equals(status) && respondBy.isBefore(today);
    }
  }

  /** Referrals to the user's organisation: waiting for an answer first, oldest deadline first. */
  public List<ListRow> received(CurrentUser user, boolean activeOnly, int page) {
    return list(user, "r.to_org_id", "r.from_org_id", activeOnly, page);
  }

  /** Referrals the user's organisation sent. */
  public List<ListRow> sent(CurrentUser user, boolean activeOnly, int page) {
    return list(user, "r.from_org_id", "r.to_org_id", activeOnly, page);
  }

  private List<ListRow> list(
      CurrentUser user, String mine, String other, boolean activeOnly, int page) {
    if (!user.may(ConsultationPermissions.CASE_WORK)) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT r.id, c.reference AS case_reference, o.name AS other_org_name, r.status,"
                + " r.urgency, r.summary, r.sent_at, r.respond_by, r.first_opened_at FROM"
                + " consultation.referral r JOIN consultation.support_case c ON c.id = r.case_id"
                + " JOIN people.organization_directory o ON o.id = "
                + other
                + " WHERE "
                + mine
                + " = :org AND (NOT :active OR r.status IN ('PENDING','ACCEPTED','IN_PROGRESS'))"
                + " ORDER BY r.status = 'PENDING' DESC, r.respond_by, r.id LIMIT 51 OFFSET"
                + " :offset")
        .param("org", user.organizationId())
        .param("active", activeOnly)
        .param("offset", Math.max(0, page) * 50)
        .query(ListRow.class)
        .list();
  }

  /**
   * Organisations to refer the case to: those whose declared domains and areas match, minus those
   * already holding an active referral, or that declined it or could not connect the person.
   */
  public List<OrganizationSuggestion> suggestions(CurrentUser user, long caseId) {
    SupportCase c = caseAccess.open(user, caseId);
    List<Long> excluded =
        jdbc.sql(
                "SELECT to_org_id FROM consultation.referral WHERE case_id = ? AND (status IN"
                    + " ('PENDING','ACCEPTED','IN_PROGRESS','DECLINED') OR outcome ="
                    + " 'UNSUCCESSFUL')")
            .param(caseId)
            .query(Long.class)
            .list();
    List<Long> skip = new java.util.ArrayList<>(excluded);
    skip.add(user.organizationId());
    List<SupportDomain> needs = cases.needs(caseId);
    return people.suggestOrganizations(
        java.util.EnumSet.copyOf(needs.isEmpty() ? List.of(SupportDomain.OTHER) : needs),
        c.areaId(),
        skip,
        8);
  }
}
