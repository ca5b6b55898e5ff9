package org.tsunagu.platform.jobs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A running job's claim, progress and end, each written in its own transaction so that they are
 * visible while the work's transaction is still open.
 */
@Repository
class JobRunRecords {

  private final JdbcClient jdbc;
  private final TransactionTemplate separate;

  JobRunRecords(JdbcClient jdbc, PlatformTransactionManager tm) {
    this.jdbc = jdbc;
    this.separate = new TransactionTemplate(tm);
    this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Takes a queued job for this node; false when another node has it. */
  boolean claim(long id) {
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

  void progress(long id, int processed, int total) {
    separate.executeWithoutResult(
        s ->
            jdbc.sql(
                    "UPDATE platform.background_job SET processed = ?, total = ?, heartbeat_at ="
                        + " now() WHERE id = ?")
                .params(processed, total, id)
                .update());
  }

  void succeed(long id, int resultCount, String warnings) {
    separate.executeWithoutResult(
        s ->
            jdbc.sql(
                    "UPDATE platform.background_job SET status = 'SUCCEEDED', processed = total,"
                        + " result_count = ?, warnings = ?, payload = NULL, finished_at = now()"
                        + " WHERE id = ?")
                .params(resultCount, warnings, id)
                .update());
  }

  void fail(long id, String messageKey, String errors, String warnings) {
    separate.executeWithoutResult(
        s ->
            jdbc.sql(
                    "UPDATE platform.background_job SET status = 'FAILED', message_key = ?, errors"
                        + " = ?, warnings = ?, payload = NULL, finished_at = now() WHERE id = ?")
                .params(messageKey, errors, warnings, id)
                .update());
  }
}
