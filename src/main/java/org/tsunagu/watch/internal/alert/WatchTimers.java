package org.tsunagu.watch.internal.alert;

import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Watch-over's timers, on every node: missed contacts become alerts, then due steps move on. The
 * deadlines are rows (ADR 0016), so this only says when to look. Tests switch it off ({@code
 * tsunagu.watch.background=false}) and call the two at the moments they choose.
 */
@Component
class WatchTimers {

  private final MissedContacts missed;
  private final EscalationTicker escalation;
  private final Clock clock;
  private final boolean background;

  WatchTimers(
      MissedContacts missed,
      EscalationTicker escalation,
      Clock clock,
      @Value("${tsunagu.watch.background:true}") boolean background) {
    this.missed = missed;
    this.escalation = escalation;
    this.clock = clock;
    this.background = background;
  }

  @Scheduled(
      fixedDelayString = "${tsunagu.watch.tick:PT2S}",
      initialDelayString = "${tsunagu.watch.tick:PT2S}")
  void tick() {
    if (!background) {
      return;
    }
    Instant now = clock.instant();
    missed.runDue(now);
    escalation.runDue(now);
  }
}
