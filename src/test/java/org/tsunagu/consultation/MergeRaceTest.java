package org.tsunagu.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.consultation.internal.intake.IntakeRecording;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.people.internal.person.PersonRegistry;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.support.ConsultationData;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * An intake naming a person while that person is being merged away is either moved by the merge or
 * refused; it never ends up pointing at the merged-away record.
 */
@IntegrationTest
class MergeRaceTest {

  @Autowired TestData data;
  @Autowired ConsultationData consultation;
  @Autowired IntakeRecording recording;
  @Autowired PersonRegistry registry;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;

  @Test
  void anIntakeWrittenWhileItsPersonIsMergedAwayIsRefusedNotLeftBehind() throws Exception {
    long shakyo = data.organization(OrganizationType.SHAKYO);
    CurrentUser coordinator = data.user(shakyo, Role.COORDINATOR);
    CurrentUser admin = data.user(shakyo, Role.ADMIN);
    long survivor =
        data.register(coordinator, TestData.person("競合", "花子", "きょうごう", "はなこ", "1951-01-01"));
    long merged =
        data.register(coordinator, TestData.person("競合", "花子", "きょうごう", "はなこ", "1951-01-01"));
    long window = TestData.asUser(coordinator, () -> consultation.window(coordinator, "OFFICE"));

    CountDownLatch mergedButNotCommitted = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    CompletableFuture<Void> merge =
        CompletableFuture.runAsync(
            () ->
                TestData.asUser(
                    admin,
                    () ->
                        transactions.execute(
                            status -> {
                              registry.merge(admin, survivor, merged);
                              mergedButNotCommitted.countDown();
                              await(commit);
                              return null;
                            })));
    assertThat(mergedButNotCommitted.await(10, TimeUnit.SECONDS)).isTrue();

    CompletableFuture<Long> intake =
        CompletableFuture.supplyAsync(
            () ->
                TestData.asUser(
                    coordinator,
                    () ->
                        recording.record(
                            coordinator,
                            ConsultationData.intake(
                                window,
                                merged,
                                "合併の最中に届いた相談",
                                Set.of(SupportDomain.ISOLATION),
                                false))));
    Thread.sleep(500); // the intake now reads the person as it was before the merge commits
    commit.countDown();
    merge.get(10, TimeUnit.SECONDS);

    try {
      long id = intake.get(10, TimeUnit.SECONDS);
      assertThat(personOf(id)).isEqualTo(survivor);
    } catch (java.util.concurrent.ExecutionException e) {
      assertThat(e.getCause()).isInstanceOf(FieldErrorsException.class);
    }
    assertThat(
            jdbc.sql("SELECT count(*) FROM consultation.intake WHERE person_id = ?")
                .param(merged)
                .query(Long.class)
                .single())
        .isZero();
  }

  private Long personOf(long intakeId) {
    return jdbc.sql("SELECT person_id FROM consultation.intake WHERE id = ?")
        .param(intakeId)
        .query(Long.class)
        .single();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
