package org.tsunagu.platform.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Long work tracked in the database, so its progress survives a page reload and any node can report
 * it. Progress is written in its own transaction, visible while the work's transaction is still
 * open.
 */
@Repository
public class BackgroundJobs {

  public enum Status {
    /** Held until its owner says how the file's headings map to the template's columns. */
    AWAITING_MAPPING,
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
      Instant finishedAt,
      String columnMapping) {

    public int percent() {
      return total <= 0
          ? (status == Status.SUCCEEDED ? 100 : 0)
          : Math.min(100, processed * 100 / total);
    }

    public boolean finished() {
      return status == Status.SUCCEEDED || status == Status.FAILED;
    }
  }

  private final JdbcClient jdbc;
  private final JobRunRecords runs;
  private final JobReads reads;

  BackgroundJobs(JdbcClient jdbc, JobRunRecords runs, JobReads reads) {
    this.jdbc = jdbc;
    this.runs = runs;
    this.reads = reads;
  }

  public long enqueue(String kind, long userId, long orgId, String fileName, byte[] payload) {
    return enqueue(kind, userId, orgId, fileName, payload, null, Status.QUEUED);
  }

  /**
   * Stores work, QUEUED or AWAITING_MAPPING, with the column mapping its payload is read with (null
   * where the payload has the expected headings or the mapping is still to be made).
   */
  public long enqueue(
      String kind,
      long userId,
      long orgId,
      String fileName,
      byte[] payload,
      String columnMapping,
      Status status) {
    return jdbc.sql(
            "INSERT INTO platform.background_job (kind, owner_user_id, owner_org_id, file_name,"
                + " payload, column_mapping, status) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
        .params(kind, userId, orgId, fileName, payload, columnMapping, status.name())
        .query(Long.class)
        .single();
  }

  /** Queues work that awaited its mapping; false when it no longer waits for one. */
  public boolean release(long id, String columnMapping) {
    return jdbc.sql(
                "UPDATE platform.background_job SET status = 'QUEUED', column_mapping = ?,"
                    + " created_at = now() WHERE id = ? AND status = 'AWAITING_MAPPING'")
            .params(columnMapping, id)
            .update()
        == 1;
  }

  /**
   * A queued job's place in the queue that every kind of work shares (1 is next), or 0 when it is
   * not waiting.
   */
  public int queuePosition(long id) {
    return jdbc.sql(
            "SELECT CASE WHEN j.status = 'QUEUED' THEN (SELECT count(*) FROM"
                + " platform.background_job q WHERE q.status = 'QUEUED' AND q.id <= j.id) ELSE 0"
                + " END FROM platform.background_job j WHERE j.id = ?")
        .param(id)
        .query(Integer.class)
        .optional()
        .orElse(0);
  }

  /** Gives up work whose mapping was never made, and drops its file. */
  public int expireAwaitingMapping(String kind, java.time.Duration after, String messageKey) {
    return jdbc.sql(
            "UPDATE platform.background_job SET status = 'FAILED', message_key = ?, payload ="
                + " NULL, finished_at = now() WHERE kind = ? AND status = 'AWAITING_MAPPING' AND"
                + " created_at < now() - make_interval(secs => ?)")
        .params(messageKey, kind, (double) after.toSeconds())
        .update();
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

  /** Takes a queued job for this node; false when another node has it. */
  public boolean claim(long id) {
    return runs.claim(id);
  }

  public void progress(long id, int processed, int total) {
    runs.progress(id, processed, total);
  }

  public void succeed(long id, int resultCount, String warnings) {
    runs.succeed(id, resultCount, warnings);
  }

  public void fail(long id, String messageKey, String errors, String warnings) {
    runs.fail(id, messageKey, errors, warnings);
  }

  public Optional<Job> find(long id) {
    return reads.find(id);
  }

  public List<Job> recentFor(long userId, String kind) {
    return reads.recentFor(userId, kind);
  }
}
