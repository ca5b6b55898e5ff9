package org.tsunagu.consultation.internal.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsunagu.consultation.Urgency;
import org.tsunagu.people.SupportDomain;

/**
 * Storage of cases and their needs; their timeline is {@link CaseTimeline}. Callers check access;
 * this class does not.
 */
@Repository
public class Cases {

  /** The case's columns, as read by {@link #map}, from the table aliased {@code c}. */
  private static final String COLUMNS =
      "c.id, c.reference, c.person_id, c.household_id, c.subject_description, c.title,"
          + " c.lead_org_id, c.lead_worker_id, c.area_id, c.urgency, c.status, c.opened_at,"
          + " c.first_contact_at, c.review_on, c.closed_at, c.closed_reason, c.closed_note,"
          + " c.version";

  private static final String SELECT = "SELECT " + COLUMNS + " FROM consultation.support_case c ";

  private final JdbcClient jdbc;
  private final Clock clock;

  Cases(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Optional<SupportCase> find(long id) {
    return jdbc.sql(SELECT + "WHERE c.id = ?").param(id).query(Cases::map).optional();
  }

  /** Locks the case row for a state change. */
  public Optional<SupportCase> lock(long id) {
    return jdbc.sql(SELECT + "WHERE c.id = ? FOR UPDATE").param(id).query(Cases::map).optional();
  }

  /** The case with what its page shows beside it, in one read. */
  public record Head(
      SupportCase supportCase,
      String leadOrgName,
      String leadWorkerName,
      List<SupportDomain> needs) {}

  public Optional<Head> head(long id) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + ", o.name AS lead_org_name, u.display_name AS lead_worker_name, ARRAY(SELECT"
                + " n.domain FROM consultation.case_need n WHERE n.case_id = c.id ORDER BY"
                + " n.domain) AS needs FROM consultation.support_case c"
                + " JOIN people.organization_directory o ON o.id = c.lead_org_id LEFT JOIN platform.user_directory"
                + " u ON u.id = c.lead_worker_id WHERE c.id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Head(
                    map(rs, n),
                    rs.getString("lead_org_name"),
                    rs.getString("lead_worker_name"),
                    java.util.Arrays.stream((String[]) rs.getArray("needs").getArray())
                        .map(SupportDomain::valueOf)
                        .toList()))
        .optional();
  }

  public List<SupportDomain> needs(long caseId) {
    return jdbc.sql("SELECT domain FROM consultation.case_need WHERE case_id = ? ORDER BY domain")
        .param(caseId)
        .query((rs, n) -> SupportDomain.valueOf(rs.getString(1)))
        .list();
  }

  long insert(NewCase c, long userId) {
    long seq =
        jdbc.sql("SELECT nextval('consultation.case_reference_seq')").query(Long.class).single();
    Instant now = clock.instant();
    String reference =
        LocalDate.ofInstant(now, clock.getZone()).getYear() + "-" + String.format("%06d", seq);
    long id =
        jdbc.sql(
                "INSERT INTO consultation.support_case (reference, person_id, household_id,"
                    + " subject_description, title, lead_org_id, lead_worker_id, area_id, urgency,"
                    + " created_by, opened_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?) RETURNING id")
            .params(
                reference,
                c.personId(),
                c.householdId(),
                c.subjectDescription(),
                c.title(),
                c.leadOrgId(),
                c.leadWorkerId(),
                c.areaId(),
                c.urgency().name(),
                userId,
                Timestamp.from(now),
                Timestamp.from(now))
            .query(Long.class)
            .single();
    replaceNeeds(id, c.needs());
    return id;
  }

  void replaceNeeds(long caseId, Collection<SupportDomain> needs) {
    jdbc.sql("DELETE FROM consultation.case_need WHERE case_id = ?").param(caseId).update();
    for (SupportDomain d : Set.copyOf(needs)) {
      jdbc.sql("INSERT INTO consultation.case_need (case_id, domain) VALUES (?, ?)")
          .params(caseId, d.name())
          .update();
    }
  }

  /** Adds needs the case does not have yet (an intake joining it may bring new ones). */
  public void addNeeds(long caseId, Collection<SupportDomain> needs) {
    for (SupportDomain d : Set.copyOf(needs)) {
      jdbc.sql(
              "INSERT INTO consultation.case_need (case_id, domain) VALUES (?, ?) ON CONFLICT DO"
                  + " NOTHING")
          .params(caseId, d.name())
          .update();
    }
  }

  /** Bumps the version, so concurrent edits of the case itself conflict. */
  int update(long id, int expectedVersion, String setClause, Object... params) {
    Object[] all = new Object[params.length + 3];
    System.arraycopy(params, 0, all, 0, params.length);
    all[params.length] = Timestamp.from(clock.instant());
    all[params.length + 1] = id;
    all[params.length + 2] = expectedVersion;
    return jdbc.sql(
            "UPDATE consultation.support_case SET "
                + setClause
                + ", version = version + 1, updated_at = ? WHERE id = ? AND version = ?")
        .params(all)
        .update();
  }

  static SupportCase map(ResultSet rs, int n) throws SQLException {
    Timestamp first = rs.getTimestamp("first_contact_at");
    Timestamp closed = rs.getTimestamp("closed_at");
    return new SupportCase(
        rs.getLong("id"),
        rs.getString("reference"),
        (Long) rs.getObject("person_id"),
        (Long) rs.getObject("household_id"),
        rs.getString("subject_description"),
        rs.getString("title"),
        rs.getLong("lead_org_id"),
        (Long) rs.getObject("lead_worker_id"),
        (Long) rs.getObject("area_id"),
        Urgency.valueOf(rs.getString("urgency")),
        CaseStatus.valueOf(rs.getString("status")),
        rs.getTimestamp("opened_at").toInstant(),
        first == null ? null : first.toInstant(),
        rs.getObject("review_on", LocalDate.class),
        closed == null ? null : closed.toInstant(),
        rs.getString("closed_reason"),
        rs.getString("closed_note"),
        rs.getInt("version"));
  }

  /** What a new case starts with. */
  public record NewCase(
      Long personId,
      Long householdId,
      String subjectDescription,
      String title,
      long leadOrgId,
      Long leadWorkerId,
      Long areaId,
      Urgency urgency,
      Collection<SupportDomain> needs) {}
}
