package org.tsunagu.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A moment set back holds for the calling thread and the callback only. */
class TokyoClockTest {

  private static final Instant NOW = Instant.parse("2026-12-10T01:00:00Z");
  private static final Instant PAST = Instant.parse("2026-11-20T15:30:00Z");

  private final TokyoClock clock = new TokyoClock(Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void shouldReadTheBaseTimeInJapan() {
    assertThat(clock.instant()).isEqualTo(NOW);
    assertThat(clock.getZone()).isEqualTo(TokyoClock.ZONE);
    // 15:30 UTC is half past midnight the next day in Tokyo.
    assertThat(clock.callAt(PAST, () -> LocalDate.now(clock)))
        .isEqualTo(LocalDate.of(2026, 11, 21));
  }

  @Test
  void shouldStandAtTheMomentForTheCallbackOnlyAndComeBackAfterIt() {
    assertThat(clock.callAt(PAST, clock::instant)).isEqualTo(PAST);
    assertThat(clock.instant()).isEqualTo(NOW);
  }

  @Test
  void shouldComeBackWhenTheCallbackThrows() {
    assertThatThrownBy(
            () ->
                clock.runAt(
                    PAST,
                    () -> {
                      throw new IllegalStateException("refused");
                    }))
        .hasMessage("refused");
    assertThat(clock.instant()).isEqualTo(NOW);
  }

  @Test
  void shouldReturnToTheOuterMomentAfterAnInnerOne() {
    Instant earlier = PAST.minusSeconds(86_400);
    clock.runAt(
        PAST,
        () -> {
          assertThat(clock.callAt(earlier, clock::instant)).isEqualTo(earlier);
          assertThat(clock.instant()).isEqualTo(PAST);
        });
    assertThat(clock.instant()).isEqualTo(NOW);
  }

  @Test
  void shouldNeverShowTheMomentToAnotherThread() throws Exception {
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      // The other thread exists before and reads while the callback runs.
      assertThat(other.submit(clock::instant).get()).isEqualTo(NOW);
      CountDownLatch inside = new CountDownLatch(1);
      CountDownLatch read = new CountDownLatch(1);
      CompletableFuture<Instant> seen =
          CompletableFuture.supplyAsync(
              () -> {
                await(inside);
                Instant i = clock.instant();
                read.countDown();
                return i;
              },
              other);
      clock.runAt(
          PAST,
          () -> {
            inside.countDown();
            await(read);
            assertThat(clock.instant()).isEqualTo(PAST);
            // A thread started inside the callback does not inherit the moment either.
            Instant[] child = new Instant[1];
            Thread t = new Thread(() -> child[0] = clock.instant());
            t.start();
            join(t);
            assertThat(child[0]).isEqualTo(NOW);
          });
      assertThat(seen.get(5, TimeUnit.SECONDS)).isEqualTo(NOW);
    } finally {
      other.shutdownNow();
    }
  }

  @Test
  void shouldKeepTheMomentInAnotherZoneOfTheSameClock() {
    Clock utc = clock.withZone(ZoneOffset.UTC);
    assertThat(clock.callAt(PAST, utc::instant)).isEqualTo(PAST);
    assertThat(utc.instant()).isEqualTo(NOW);
    assertThat(clock.withZone(TokyoClock.ZONE)).isSameAs(clock);
  }

  @Test
  void shouldRefuseToGoAhead() {
    assertThatThrownBy(() -> clock.runAt(NOW.plusSeconds(1), () -> {}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(clock.instant()).isEqualTo(NOW);
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void join(Thread t) {
    try {
      t.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
