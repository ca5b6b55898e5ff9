package org.tsunagu.platform.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Long work tracked in the database, so its progress survives a page reload and any node can report
 * it. Progress is written in its own transaction, visible while the work's transaction is still
 * open.
 */
@Repository
public class BackgroundJobs {

  public enum Status {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED
  }

  public record Job(
      long id,
      String kind,
      long ownerUserId,
      long ownerOrgId,
      String fileName,
      Status status,
      int total,
      int processed,
      int resultCount,
      String errors,
      String warnings,
      String messageKey,
      Instant createdAt,
      Instant finishedAt) {

    public int percent() {
      return total <= 0
          ? (status == Status.SUCCEEDED ? 100 : 0)
          : Math.min(100, processed * 100 / total);
    }

    public boolean finished() {
      return status == Status.SUCCEEDED || status == Status.FAILED;
    }
  }

  private static final String COLUMNS =
      "id, kind, owner_user_id, owner_org_id, file_name, status, total, processed, result_count,"
          + " errors, warnings, message_key, created_at, finished_at";

  private final JdbcClient jdbc;
  private final TransactionTemplate separate;

  BackgroundJobs(JdbcClient jdbc, PlatformTransactionManager tm) {
    this.jdbc = jdbc;
    this.separate = new TransactionTemplate(tm);
    this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public long enqueue(String kind, long userId, long orgId, String fileName, byte[] payload) {
    return jdbc.sql(
            "INSERT INTO platform.background_job (kind, owner_user_id, owner_org_id, file_name,"
                + " payload, status) VALUES (?, ?, ?, ?, ?, 'QUEUED') RETURNING id")
        .params(kind, userId, orgId, fileName, payload)
        .query(Long.class)
        .single();
  }

  /** Takes a queued job for this node; empty when another node has it. */
  public boolean claim(long id) {
    return separate.execute(
        s ->
            jdbc.sql(
                        "UPDATE platform.background_job SET status = 'RUNNING', started_at = now(),"
                            + " heartbeat_at = now() WHERE id = (SELECT id FROM"
                            + " platform.background_job WHERE id = ? AND status = 'QUEUED' FOR"
                            + " UPDATE SKIP LOCKED)")
                    .param(id)
                    .update()
                == 1);
  }

  /** Queued jobs nobody started (the node that took them in stopped first). */
  public List<Long> waiting(String kind) {
    return jdbc.sql(
            "SELECT id FROM platform.background_job WHERE kind = ? AND status = 'QUEUED' AND"
                + " created_at < now() - interval '15 seconds' ORDER BY id")
        .param(kind)
        .query(Long.class)
        .list();
  }

  /** Jobs whose node stopped mid-way go back to the queue; their work rolled back with it. */
  public int requeueStalled() {
    return jdbc.sql(
            "UPDATE platform.background_job SET status = 'QUEUED', processed = 0 WHERE status ="
                + " 'RUNNING' AND heartbeat_at < now() - interval '5 minutes'")
        .update();
  }

  public byte[] payload(long id) {
    return jdbc.sql("SELECT payload FROM platform.background_job WHERE id = ?")
        .param(id)
        .query(byte[].class)
        .single();
  }

  public void progress(long id, int processed, int total) {
    separate.executeWithoutResult(
        s ->
            jdbc.sql(
                    "UPDATE platform.background_job SET processed = ?, total = ?, heartbeat_at ="
                        + " now() WHERE id = ?")
                .params(processed, total, id)
                .update());
  }

  public void succeed(long id, int resultCount, String warnings) {
    separate.executeWithoutResult(
        s ->
            jdbc.sql(
                    "UPDATE platform.background_job SET status = 'SUCCEEDED', processed = total,"
                        + " result_count = ?, warnings = ?, payload = NULL, finished_at = now()"
                        + " WHERE id = ?")
                .params(resultCount, warnings, id)
                .update());
  }

  public void fail(long id, String messageKey, String errors, String warnings) {
    separate.executeWithoutResult(
        s ->
            jdbc.sql(
                    "UPDATE platform.background_job SET status = 'FAILED', message_key = ?, errors"
                        + " = ?, warnings = ?, payload = NULL, finished_at = now() WHERE id = ?")
                .params(messageKey, errors, warnings, id)
                .update());
  }

  public Optional<Job> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM platform.background_job WHERE id = ?")
        .param(id)
        .query(BackgroundJobs::map)
        .optional();
  }

  public List<Job> recentFor(long userId, String kind) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM platform.background_job WHERE owner_user_id = ? AND kind = ? ORDER BY id"
                + " DESC LIMIT 20")
        .params(userId, kind)
        .query(BackgroundJobs::map)
        .list();
  }

  private static Job map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
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
        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant());
  }
}
