package org.tsunagu.consultation.internal.numbers;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tsunagu.platform.web.DisplayFormats;

/**
 * Inserts explicit rows into the consultation tables, as the consultation services would leave
 * them, so the numbers can be checked against hand-counted figures. Times are Tokyo wall-clock.
 */
final class ConsultationRows {

  private static final AtomicInteger SEQ = new AtomicInteger();

  private final JdbcClient jdbc;
  private final long userId;

  ConsultationRows(JdbcClient jdbc, long userId) {
    this.jdbc = jdbc;
    this.userId = userId;
  }

  /** A Tokyo wall-clock time such as "2011-05-10T09:00". */
  static OffsetDateTime tokyo(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(DisplayFormats.TOKYO).toOffsetDateTime();
  }

  long window(String name, long receivingOrgId, Long areaId) {
    return jdbc.sql(
            "INSERT INTO consultation.consultation_window (name, kind, organization_id,"
                + " receiving_org_id, area_id) VALUES (?, 'SALON', ?, ?, ?) RETURNING id")
        .params(name, receivingOrgId, receivingOrgId, areaId)
        .query(Long.class)
        .single();
  }

  /** An intake received at a Tokyo time, NEW, NO_CASE, or CASE with its case. */
  long intake(
      long windowId,
      String channel,
      String receivedAt,
      String status,
      Long caseId,
      String... domains) {
    OffsetDateTime at = tokyo(receivedAt);
    long recordedOrg =
        jdbc.sql("SELECT receiving_org_id FROM consultation.consultation_window WHERE id = ?")
            .param(windowId)
            .query(Long.class)
            .single();
    long id =
        jdbc.sql(
                "INSERT INTO consultation.intake (window_id, channel, received_on, received_at,"
                    + " reporter_kind, subject_description, own_words, urgency, share_agreed,"
                    + " status, case_id, recorded_by, recorded_org_id) VALUES (?, ?, ?, ?, 'SELF',"
                    + " '対象者（テスト）', '困りごと（テスト）', 'NORMAL', true, ?, ?, ?, ?) RETURNING id")
            .params(
                windowId,
                channel,
                at.atZoneSameInstant(DisplayFormats.TOKYO).toLocalDate(),
                at,
                status,
                caseId,
                userId,
                recordedOrg)
            .query(Long.class)
            .single();
    for (String domain : domains) {
      jdbc.sql("INSERT INTO consultation.intake_domain (intake_id, domain) VALUES (?, ?)")
          .params(id, domain)
          .update();
    }
    return id;
  }

  /** An open case (status OPEN) opened at a Tokyo time. */
  long openCase(long leadOrgId, Long areaId, String openedAt, String... needs) {
    return supportCase(leadOrgId, areaId, openedAt, "OPEN", null, null, needs);
  }

  long supportCase(
      long leadOrgId,
      Long areaId,
      String openedAt,
      String status,
      String closedAt,
      String closedReason,
      String... needs) {
    long id =
        jdbc.sql(
                "INSERT INTO consultation.support_case (reference, subject_description, title,"
                    + " lead_org_id, area_id, urgency, status, opened_at, closed_at, closed_reason,"
                    + " created_by) VALUES (?, '対象者（テスト）', 'テストのケース', ?, ?, 'NORMAL', ?, ?,"
                    + " ?, ?, ?) RETURNING id")
            .params(
                "T-" + SEQ.incrementAndGet() + "-" + System.nanoTime(),
                leadOrgId,
                areaId,
                status,
                tokyo(openedAt),
                closedAt == null ? null : tokyo(closedAt),
                closedReason,
                userId)
            .query(Long.class)
            .single();
    for (String need : needs) {
      jdbc.sql("INSERT INTO consultation.case_need (case_id, domain) VALUES (?, ?)")
          .params(id, need)
          .update();
    }
    return id;
  }

  void firstContact(long caseId, String at) {
    jdbc.sql("UPDATE consultation.support_case SET first_contact_at = ? WHERE id = ?")
        .params(tokyo(at), caseId)
        .update();
  }

  /** A referral sent at a Tokyo time; it stays PENDING until answered. */
  long referral(long caseId, long fromOrgId, long toOrgId, String sentAt, LocalDate respondBy) {
    return jdbc.sql(
            "INSERT INTO consultation.referral (case_id, from_org_id, from_user_id, to_org_id,"
                + " urgency, summary, sent_at, respond_by) VALUES (?, ?, ?, ?, 'NORMAL',"
                + " '概要（テスト）', ?, ?) RETURNING id")
        .params(caseId, fromOrgId, userId, toOrgId, tokyo(sentAt), respondBy)
        .query(Long.class)
        .single();
  }

  void accept(long referralId, String at) {
    jdbc.sql(
            "UPDATE consultation.referral SET status = 'ACCEPTED', answered_at = ?, answered_by = ?"
                + " WHERE id = ?")
        .params(tokyo(at), userId, referralId)
        .update();
  }

  void decline(long referralId, String at) {
    jdbc.sql(
            "UPDATE consultation.referral SET status = 'DECLINED', answered_at = ?, answered_by ="
                + " ?, decline_reason = 'OUT_OF_SCOPE' WHERE id = ?")
        .params(tokyo(at), userId, referralId)
        .update();
  }

  void complete(long referralId, String outcome, String unsuccessfulReason) {
    jdbc.sql(
            "UPDATE consultation.referral SET status = 'COMPLETED', completed_at = answered_at,"
                + " outcome = ?, unsuccessful_reason = ? WHERE id = ?")
        .params(outcome, unsuccessfulReason, referralId)
        .update();
  }

  void withdraw(long referralId) {
    jdbc.sql(
            "UPDATE consultation.referral SET status = 'WITHDRAWN', withdrawn_at = sent_at +"
                + " interval '1 hour', withdrawn_reason = '不要になった' WHERE id = ?")
        .param(referralId)
        .update();
  }
}
