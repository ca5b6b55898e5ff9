package org.tsunagu.consultation.internal.referral;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
  private final ReferralAnswers answers;
  private final ReferralSharing sharing;
  private final PeopleApi people;
  private final AuditLog audit;
  private final ReferralLists lists;
  private final ReferralSuggestions suggestions;

  ReferralQueries(
      JdbcClient jdbc,
      Cases cases,
      CaseAccess caseAccess,
      ReferralAnswers answers,
      ReferralSharing sharing,
      PeopleApi people,
      AuditLog audit,
      ReferralLists lists,
      ReferralSuggestions suggestions) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.caseAccess = caseAccess;
    this.answers = answers;
    this.sharing = sharing;
    this.people = people;
    this.audit = audit;
    this.lists = lists;
    this.suggestions = suggestions;
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
    answers.markOpened(user, referralId);
    ReferralRecord r = ReferralRecord.find(jdbc, referralId).orElseThrow(NotFoundException::new);
    boolean receiver = r.toOrgId() == user.organizationId();
    boolean referrer = r.fromOrgId() == user.organizationId();
    if (!receiver && !referrer) {
      audit.recordRefused("referral", referralId);
      throw new NotFoundException();
    }
    SupportCase c = cases.find(r.caseId()).orElseThrow();
    PersonSummary person = sharing.sharedPerson(user, c.personId());
    boolean shared = referrer || person != null;
    audit.record(
        shared ? AuditAction.READ : AuditAction.READ_REDACTED,
        "referral",
        referralId,
        receiver ? "receiver" : "referrer");
    return r.detail(
        people.organization(r.fromOrgId()).map(OrganizationRef::phone).orElse(null),
        shared,
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
    return lists.received(user, activeOnly, page);
  }

  /** Referrals the user's organisation sent. */
  public List<ListRow> sent(CurrentUser user, boolean activeOnly, int page) {
    return lists.sent(user, activeOnly, page);
  }

  /** Organisations to refer the case to, as {@link ReferralSuggestions} chooses them. */
  public List<OrganizationSuggestion> suggestions(CurrentUser user, long caseId) {
    return suggestions.suggestions(user, caseId);
  }
}
