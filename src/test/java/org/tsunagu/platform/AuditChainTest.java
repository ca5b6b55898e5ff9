package org.tsunagu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.audit.AuditSealer;
import org.tsunagu.platform.audit.AuditVerifier;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

@IntegrationTest
class AuditChainTest {

  @Autowired AuditLog audit;
  @Autowired AuditSealer sealer;
  @Autowired AuditVerifier verifier;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired TestData data;
  @Autowired MockMvc mvc;

  private void sealAll() {
    sealer.sealOnce();
  }

  @Test
  void shouldSealEntriesIntoAnIntactChain() {
    tx.executeWithoutResult(s -> audit.record(AuditAction.READ, "person", 1, null));
    sealAll();
    AuditVerifier.Result r = verifier.verify();
    assertThat(r.intact()).isTrue();
    assertThat(r.entriesChecked()).isPositive();
    assertThat(r.unsealed()).isZero();
  }

  @Test
  void shouldSealInOneTransactionWhenTheSchedulerCalls() {
    tx.executeWithoutResult(s -> audit.record(AuditAction.READ, "person", 737372, null));
    sealAll();
    // The new seal must be written by the transaction that locked the last one (its xmax).
    jdbc.sql(
            "CREATE FUNCTION platform.test_seal_in_transaction() RETURNS trigger LANGUAGE plpgsql AS"
                + " $$ BEGIN IF (SELECT xmax::text FROM platform.audit_seal ORDER BY id DESC LIMIT"
                + " 1) IS DISTINCT FROM (pg_current_xact_id()::text::bigint % 4294967296)::text"
                + " THEN RAISE EXCEPTION 'seal written outside the sealing transaction'; END IF;"
                + " RETURN NEW; END $$")
        .update();
    jdbc.sql(
            "CREATE TRIGGER test_seal_in_transaction BEFORE INSERT ON platform.audit_seal FOR EACH"
                + " ROW EXECUTE FUNCTION platform.test_seal_in_transaction()")
        .update();
    try {
      tx.executeWithoutResult(s -> audit.record(AuditAction.READ, "person", 737373, "scheduled"));
      sealer.sealScheduled();
      assertThat(sealed("737373")).isTrue();
      assertThat(verifier.verify().intact()).isTrue();
    } finally {
      jdbc.sql("DROP TRIGGER test_seal_in_transaction ON platform.audit_seal").update();
      jdbc.sql("DROP FUNCTION platform.test_seal_in_transaction()").update();
    }
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
    // The running transaction holds sealing back: neither its entry nor the later one is sealed.
    assertThat(sealed("424242")).isFalse();
    assertThat(sealed("434343")).isFalse();
    sealAll();
    assertThat(sealed("424242")).isTrue();
    assertThat(sealed("434343")).isTrue();
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

  @Test
  void shouldCatchAnEntrySlippedIntoASealedRange() {
    tx.executeWithoutResult(s -> audit.record(AuditAction.READ, "person", 999, null));
    sealAll();
    tx.executeWithoutResult(
        s -> {
          jdbc.sql(
                  "INSERT INTO platform.audit_entry (txid, action, object_type, object_id) SELECT"
                      + " txid, 'READ', 'person', '999-forged' FROM platform.audit_entry WHERE"
                      + " object_id = '999'")
              .update();
          try {
            assertThat(verifier.verify().intact()).isFalse();
          } finally {
            s.setRollbackOnly();
          }
        });
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void shouldNeverUpdateAnEntryToSealIt() {
    tx.executeWithoutResult(s -> audit.record(AuditAction.READ, "person", 555, null));
    String version = rowVersion("555");
    sealAll();
    assertThat(sealed("555")).isTrue();
    assertThat(rowVersion("555")).isEqualTo(version);
  }

  @Test
  void shouldShowAdministratorsWhichEntriesAreSealed() throws Exception {
    CurrentUser admin = data.user(data.organization(OrganizationType.SHAKYO), Role.ADMIN);
    tx.executeWithoutResult(s -> audit.record(AuditAction.READ, "person", 666, null));
    mvc.perform(get("/api/v1/audit").param("objectId", "666").with(user(admin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].sealed").value(false));
    sealAll();
    mvc.perform(get("/api/v1/audit").param("objectId", "666").with(user(admin)))
        .andExpect(jsonPath("$[0].sealed").value(true));
    mvc.perform(get("/admin/audit").param("objectId", "666").with(user(admin)))
        .andExpect(status().isOk());
  }

  /** Where the row lies and which transaction wrote it: an UPDATE changes both. */
  private String rowVersion(String objectId) {
    return jdbc.sql(
            "SELECT ctid::text || '/' || xmin::text FROM platform.audit_entry WHERE object_id = ?")
        .param(objectId)
        .query(String.class)
        .single();
  }

  private boolean sealed(String objectId) {
    return jdbc.sql(
            "SELECT e.txid < (SELECT below_txid FROM platform.audit_seal ORDER BY id DESC LIMIT 1)"
                + " IS TRUE FROM platform.audit_entry e WHERE e.object_id = ?")
        .param(objectId)
        .query(Boolean.class)
        .single();
  }
}
