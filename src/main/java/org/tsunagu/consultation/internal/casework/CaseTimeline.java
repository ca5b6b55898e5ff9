package org.tsunagu.consultation.internal.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Storage of a case's timeline: entries workers write and the state changes the system records. */
@Repository
public class CaseTimeline {

  private final JdbcClient jdbc;
  private final Clock clock;

  CaseTimeline(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A state change on the timeline, now: a message code and an argument, shown translated. */
  public void addSystemEntry(
      long caseId, EntryKind kind, String code, Object arg, long authorId, long orgId) {
    addSystemEntry(caseId, kind, code, arg, authorId, orgId, clock.instant());
  }

  /** A state change on the timeline at the moment {@code at} of the change it records. */
  public void addSystemEntry(
      long caseId, EntryKind kind, String code, Object arg, long authorId, long orgId, Instant at) {
    jdbc.sql(
            "INSERT INTO consultation.case_entry (case_id, kind, occurred_at, summary, system,"
                + " author_id, org_id, created_at) VALUES (?, ?, ?, ?, true, ?, ?, ?)")
        .params(
            caseId,
            kind.name(),
            Timestamp.from(at),
            arg == null ? code : code + "|" + arg,
            authorId,
            orgId,
            Timestamp.from(at))
        .update();
  }

  public long addEntry(
      long caseId, EntryKind kind, Instant occurredAt, String summary, Long authorId, long orgId) {
    long id =
        jdbc.sql(
                "INSERT INTO consultation.case_entry (case_id, kind, occurred_at, summary,"
                    + " author_id, org_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
            .params(
                caseId,
                kind.name(),
                Timestamp.from(occurredAt),
                summary,
                authorId,
                orgId,
                Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    if (EntryKind.CONTACTS.contains(kind)) {
      jdbc.sql(
              "UPDATE consultation.support_case SET first_contact_at = ? WHERE id = ? AND"
                  + " (first_contact_at IS NULL OR first_contact_at > ?)")
          .params(Timestamp.from(occurredAt), caseId, Timestamp.from(occurredAt))
          .update();
    }
    return id;
  }
}
