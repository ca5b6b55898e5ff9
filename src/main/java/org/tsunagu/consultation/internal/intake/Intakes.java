package org.tsunagu.consultation.internal.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsunagu.consultation.Urgency;
import org.tsunagu.people.SupportDomain;

/** Storage of intakes. */
@Repository
class Intakes {

  static final String SELECT =
      "SELECT i.*, w.name AS window_name, w.receiving_org_id, ARRAY(SELECT d.domain FROM"
          + " consultation.intake_domain d WHERE d.intake_id = i.id ORDER BY d.domain) AS domains"
          + " FROM consultation.intake i JOIN consultation.consultation_window w ON w.id ="
          + " i.window_id ";

  private final JdbcClient jdbc;

  Intakes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Intake> find(long id) {
    return jdbc.sql(SELECT + "WHERE i.id = ?").param(id).query(Intakes::map).optional();
  }

  Optional<Intake> lock(long id) {
    return jdbc.sql(SELECT + "WHERE i.id = ? FOR UPDATE OF i")
        .param(id)
        .query(Intakes::map)
        .optional();
  }

  long insert(
      IntakeInput in,
      LocalDate receivedOn,
      Instant receivedAt,
      Urgency urgency,
      long userId,
      long orgId) {
    long id =
        jdbc.sql(
                "INSERT INTO consultation.intake (window_id, channel, received_on, received_at,"
                    + " reporter_kind, reporter_name, person_id, subject_description,"
                    + " contact_name, contact_phone, own_words, urgency, may_contact,"
                    + " share_agreed, share_scope_type, recorded_by, recorded_org_id) VALUES (?,"
                    + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
            .params(
                in.windowId(),
                in.channel(),
                receivedOn,
                Timestamp.from(receivedAt),
                in.reporterKind(),
                strip(in.reporterName()),
                in.personId(),
                strip(in.subjectDescription()),
                strip(in.contactName()),
                strip(in.contactPhone()),
                in.ownWords().strip(),
                urgency.name(),
                in.mayContact(),
                Boolean.TRUE.equals(in.shareAgreed()),
                Boolean.TRUE.equals(in.shareAgreed()) ? in.shareScopeType() : null,
                userId,
                orgId)
            .query(Long.class)
            .single();
    for (SupportDomain d : Set.copyOf(in.domains())) {
      jdbc.sql("INSERT INTO consultation.intake_domain (intake_id, domain) VALUES (?, ?)")
          .params(id, d.name())
          .update();
    }
    return id;
  }

  void update(long id, String setClause, Object... params) {
    Object[] all = Arrays.copyOf(params, params.length + 1);
    all[params.length] = id;
    jdbc.sql("UPDATE consultation.intake SET " + setClause + ", version = version + 1 WHERE id = ?")
        .params(all)
        .update();
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static Intake map(ResultSet rs, int n) throws SQLException {
    String[] domains = (String[]) rs.getArray("domains").getArray();
    return new Intake(
        rs.getLong("id"),
        rs.getLong("window_id"),
        rs.getString("window_name"),
        rs.getLong("receiving_org_id"),
        rs.getString("channel"),
        rs.getObject("received_on", LocalDate.class),
        rs.getTimestamp("received_at").toInstant(),
        rs.getString("reporter_kind"),
        rs.getString("reporter_name"),
        (Long) rs.getObject("person_id"),
        rs.getString("subject_description"),
        rs.getString("contact_name"),
        rs.getString("contact_phone"),
        rs.getString("own_words"),
        Arrays.stream(domains).map(SupportDomain::valueOf).toList(),
        Urgency.valueOf(rs.getString("urgency")),
        (Boolean) rs.getObject("may_contact"),
        rs.getBoolean("share_agreed"),
        rs.getString("share_scope_type"),
        (Long) rs.getObject("consent_id"),
        rs.getString("status"),
        (Long) rs.getObject("case_id"),
        rs.getString("no_case_reason"),
        rs.getLong("recorded_by"),
        rs.getLong("recorded_org_id"));
  }
}
