package org.tsunagu.consultation.internal.intake;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;

/**
 * Reading intakes: one intake for its recorder or receiver, what reached the user's organisation,
 * and what a card writer sent.
 */
@Service
public class IntakeQueries {

  private final JdbcClient jdbc;
  private final Intakes intakes;
  private final AuditLog audit;

  IntakeQueries(JdbcClient jdbc, Intakes intakes, AuditLog audit) {
    this.jdbc = jdbc;
    this.intakes = intakes;
    this.audit = audit;
  }

  /** The intake, if the user's organisation recorded it or receives it; the read is audited. */
  @Transactional
  public Intake open(CurrentUser user, long id) {
    Intake i = intakes.find(id).orElseThrow(NotFoundException::new);
    if (!isReader(user, i)) {
      audit.recordRefused("intake", id);
      throw new NotFoundException();
    }
    audit.record(AuditAction.READ, "intake", id, null);
    return i;
  }

  private static boolean isReader(CurrentUser user, Intake i) {
    boolean recorder = i.recordedOrgId() == user.organizationId() && i.recordedBy() == user.id();
    boolean receiver =
        i.receivingOrgId() == user.organizationId() && user.may(ConsultationPermissions.CASE_WORK);
    return recorder || receiver;
  }

  /** An intake in a list; the label is the name or description the intake itself carries. */
  public record Row(
      long id,
      LocalDate receivedOn,
      String windowName,
      String channel,
      String urgency,
      String status,
      String label,
      Long caseId) {}

  /** Intakes at windows passing on to the user's organisation, new and most urgent first. */
  @Transactional
  public List<Row> received(CurrentUser user, boolean newOnly, int page) {
    if (!user.may(ConsultationPermissions.CASE_WORK)) {
      return List.of();
    }
    List<Row> rows =
        jdbc.sql(
                "SELECT i.id, i.received_on, w.name AS window_name, i.channel, i.urgency,"
                    + " i.status, coalesce(i.contact_name, i.subject_description, '') AS label,"
                    + " i.case_id FROM consultation.intake i JOIN"
                    + " consultation.consultation_window w ON w.id = i.window_id WHERE"
                    + " w.receiving_org_id = :org AND (NOT :newOnly OR i.status = 'NEW') ORDER BY"
                    + " i.status = 'NEW' DESC, CASE i.urgency WHEN 'EMERGENCY' THEN 0 WHEN 'HIGH'"
                    + " THEN 1 WHEN 'NORMAL' THEN 2 ELSE 3 END, i.received_at DESC, i.id DESC"
                    + " LIMIT 51 OFFSET :offset")
            .param("org", user.organizationId())
            .param("newOnly", newOnly)
            .param("offset", Math.max(0, page) * 50)
            .query(Row.class)
            .list();
    audit.recordSearch("intake", "received", rows.stream().map(Row::id).toList());
    return rows;
  }

  /** What the user sent (a salon host's cards): dates and states, no names. */
  public List<Row> sentBy(CurrentUser user) {
    return jdbc.sql(
            "SELECT i.id, i.received_on, w.name AS window_name, i.channel, i.urgency, i.status, ''"
                + " AS label, NULL::bigint AS case_id FROM consultation.intake i JOIN"
                + " consultation.consultation_window w ON w.id = i.window_id WHERE i.recorded_by ="
                + " ? ORDER BY i.received_at DESC LIMIT 20")
        .param(user.id())
        .query(Row.class)
        .list();
  }
}
