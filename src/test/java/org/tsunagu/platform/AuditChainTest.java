package org.tsunagu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.audit.AuditSealer;
import org.tsunagu.platform.audit.AuditVerifier;
import org.tsunagu.support.IntegrationTest;

@IntegrationTest
class AuditChainTest {

  @Autowired AuditLog audit;
  @Autowired AuditSealer sealer;
  @Autowired AuditVerifier verifier;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;

  private void sealAll() {
    while (sealer.sealOnce() > 0) {
      // until nothing is left below the watermark
    }
  }

  @Test
  void shouldSealEntriesIntoAnIntactChain() {
    tx.executeWithoutResult(s -> audit.record(AuditAction.READ, "person", 1, null));
    sealAll();
    AuditVerifier.Result r = verifier.verify();
    assertThat(r.intact()).isTrue();
    assertThat(r.entriesChecked()).isPositive();
    assertThat(
            jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE seal_id IS NULL")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void shouldNotSealEntriesOfATransactionStillRunning() throws Exception {
    var started = new java.util.concurrent.CountDownLatch(1);
    var release = new java.util.concurrent.CountDownLatch(1);
    Thread writer =
        new Thread(
            () ->
                tx.executeWithoutResult(
                    s -> {
                      audit.record(AuditAction.READ, "person", 424242, "open-transaction");
                      started.countDown();
                      try {
                        release.await();
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                    }));
    writer.start();
    started.await();
    tx.executeWithoutResult(
        s -> audit.record(AuditAction.READ, "person", 434343, "later-id-commits-first"));
    sealAll();
    release.countDown();
    writer.join();
    assertThat(sealId("424242")).isNull();
    sealAll();
    assertThat(sealId("424242")).isNotNull();
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void shouldCatchATamperedEntry() {
    tx.executeWithoutResult(s -> audit.record(AuditAction.EXPORT, "person", 777, "format=csv"));
    sealAll();
    assertThat(verifier.verify().intact()).isTrue();
    jdbc.sql("UPDATE platform.audit_entry SET detail = 'format=xlsx' WHERE object_id = '777'")
        .update();
    try {
      AuditVerifier.Result r = verifier.verify();
      assertThat(r.intact()).isFalse();
      assertThat(r.brokenSealId()).isNotNull();
    } finally {
      jdbc.sql("UPDATE platform.audit_entry SET detail = 'format=csv' WHERE object_id = '777'")
          .update();
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void shouldCatchADeletedEntry() {
    tx.executeWithoutResult(s -> audit.record(AuditAction.READ, "person", 888, null));
    sealAll();
    tx.executeWithoutResult(
        s -> {
          jdbc.sql("DELETE FROM platform.audit_entry WHERE object_id = '888'").update();
          try {
            assertThat(verifier.verify().intact()).isFalse();
          } finally {
            s.setRollbackOnly();
          }
        });
    assertThat(verifier.verify().intact()).isTrue();
  }

  private Long sealId(String objectId) {
    return jdbc.sql("SELECT seal_id FROM platform.audit_entry WHERE object_id = ?")
        .param(objectId)
        .query((rs, n) -> (Long) rs.getObject(1))
        .list()
        .get(0);
  }
}
