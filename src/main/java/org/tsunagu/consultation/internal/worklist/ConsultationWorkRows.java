package org.tsunagu.consultation.internal.worklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.tsunagu.platform.worklist.WorkItem;
import org.tsunagu.platform.worklist.WorkKind;

/** The consultation work list's rows as the statements of {@link ConsultationWorkQueries} read. */
final class ConsultationWorkRows {

  /** Texts are cut to this many characters in SQL (the summary shows one line). */
  static final int SUMMARY_CHARS = 80;

  private ConsultationWorkRows() {}

  @FunctionalInterface
  interface RowMapping {
    WorkItem map(ResultSet rs) throws SQLException;
  }

  private static WorkKind kind(ResultSet rs, WorkKind otherwise) throws SQLException {
    return rs.getBoolean("late") ? WorkKind.OVERDUE : otherwise;
  }

  static WorkItem intake(ResultSet rs) throws SQLException {
    return new WorkItem(
        ConsultationWorkItems.INTAKES.id(),
        WorkKind.NEW,
        rs.getString("who"),
        "worklist.summary.intake",
        new Object[] {rs.getString("window_name"), oneLine(rs.getString("words"))},
        rs.getTimestamp("received_at").toInstant(),
        null,
        "/intakes/" + rs.getLong("id"));
  }

  static WorkItem received(ResultSet rs) throws SQLException {
    return new WorkItem(
        ConsultationWorkItems.RECEIVED.id(),
        kind(rs, WorkKind.NEW),
        rs.getString("who"),
        "worklist.summary.referralReceived",
        new Object[] {rs.getString("org_name"), oneLine(rs.getString("summary"))},
        rs.getTimestamp("sent_at").toInstant(),
        rs.getObject("respond_by", LocalDate.class),
        "/referrals/" + rs.getLong("id"));
  }

  static WorkItem awaited(ResultSet rs) throws SQLException {
    return new WorkItem(
        ConsultationWorkItems.SENT.id(),
        kind(rs, WorkKind.AWAITING),
        rs.getString("who"),
        "worklist.summary.referralAwaiting",
        new Object[] {rs.getString("org_name"), rs.getString("reference")},
        rs.getTimestamp("sent_at").toInstant(),
        rs.getObject("respond_by", LocalDate.class),
        "/cases/" + rs.getLong("case_id") + "?tab=referrals#tabs");
  }

  static WorkItem returned(ResultSet rs) throws SQLException {
    boolean declined = "DECLINED".equals(rs.getString("status"));
    Object[] args =
        declined
            ? new Object[] {rs.getString("org_name"), rs.getString("reference")}
            : new Object[] {
              rs.getString("org_name"),
              rs.getString("reference"),
              new DefaultMessageSourceResolvable(
                  "unsuccessfulReason." + rs.getString("unsuccessful_reason"))
            };
    Timestamp back = rs.getTimestamp("returned_at");
    return new WorkItem(
        ConsultationWorkItems.SENT.id(),
        WorkKind.NEW,
        rs.getString("who"),
        declined ? "worklist.summary.referralDeclined" : "worklist.summary.referralUnsuccessful",
        args,
        back == null ? null : back.toInstant(),
        null,
        "/cases/" + rs.getLong("case_id") + "?tab=referrals#tabs");
  }

  static WorkItem action(ResultSet rs) throws SQLException {
    return new WorkItem(
        ConsultationWorkItems.PLAN.id(),
        kind(rs, WorkKind.NEW),
        rs.getString("who"),
        "worklist.summary.action",
        new Object[] {oneLine(rs.getString("description")), rs.getString("reference")},
        rs.getTimestamp("created_at").toInstant(),
        rs.getObject("due_on", LocalDate.class),
        "/cases/" + rs.getLong("case_id") + "?tab=plan#tabs");
  }

  static WorkItem review(ResultSet rs) throws SQLException {
    return new WorkItem(
        ConsultationWorkItems.PLAN.id(),
        kind(rs, WorkKind.REVIEW),
        rs.getString("who"),
        "worklist.summary.review",
        new Object[] {rs.getString("reference")},
        null,
        rs.getObject("review_on", LocalDate.class),
        "/cases/" + rs.getLong("id") + "?tab=plan#tabs");
  }

  /** The first line of a text, as a row's summary shows it. */
  private static String oneLine(String text) {
    if (text == null) {
      return "";
    }
    String line = text.strip().lines().findFirst().orElse("");
    boolean cut = line.length() < text.strip().length() || text.length() >= SUMMARY_CHARS;
    return cut ? line + "…" : line;
  }
}
