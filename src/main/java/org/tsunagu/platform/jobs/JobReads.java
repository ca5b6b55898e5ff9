package org.tsunagu.platform.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsunagu.platform.jobs.BackgroundJobs.Job;
import org.tsunagu.platform.jobs.BackgroundJobs.Status;

/** Reads jobs as their owners follow them: one by id, or their latest of a kind. */
@Repository
class JobReads {

  private static final String COLUMNS =
      "id, kind, owner_user_id, owner_org_id, file_name, status, total, processed, result_count,"
          + " errors, warnings, message_key, created_at, finished_at, column_mapping";

  private final JdbcClient jdbc;

  JobReads(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Job> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM platform.background_job WHERE id = ?")
        .param(id)
        .query(JobReads::map)
        .optional();
  }

  List<Job> recentFor(long userId, String kind) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM platform.background_job WHERE owner_user_id = ? AND kind = ? ORDER BY id"
                + " DESC LIMIT 20")
        .params(userId, kind)
        .query(JobReads::map)
        .list();
  }

  private static Job map(ResultSet rs, int n) throws SQLException {
    return new Job(
        rs.getLong("id"),
        rs.getString("kind"),
        rs.getLong("owner_user_id"),
        rs.getLong("owner_org_id"),
        rs.getString("file_name"),
        Status.valueOf(rs.getString("status")),
        rs.getInt("total"),
        rs.getInt("processed"),
        rs.getInt("result_count"),
        rs.getString("errors"),
        rs.getString("warnings"),
        rs.getString("message_key"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
        rs.getString("column_mapping"));
  }
}
