package org.tsunagu.watch.internal.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tsunagu.platform.demo.DemoActor;
import org.tsunagu.platform.demo.DemoTownContext;
import org.tsunagu.platform.time.TokyoClock;
import org.tsunagu.watch.internal.demo.WatchDemoTown.Watched;
import org.tsunagu.watch.internal.report.CheckInInput;
import org.tsunagu.watch.internal.report.ObservationInput;

/**
 * What the demo town's watch-over has been through: five weeks of deliveries, one missed and closed
 * as safe, and this morning's door report half-way up its chain.
 */
final class WatchDemoHistory {

  private static final int GRACE = WatchDemoTown.GRACE;
  private static final int REGISTERED_DAYS_AGO = WatchDemoTown.REGISTERED_DAYS_AGO;

  private final DemoTownContext town;
  private final DemoActor actor;
  private final WatchDemoServices services;
  private final Instant now;

  WatchDemoHistory(DemoTownContext town, DemoActor actor, WatchDemoServices services, Instant now) {
    this.town = town;
    this.actor = actor;
    this.services = services;
    this.now = now;
  }

  /** Every delivery since registration handed over, but the one missed three days ago. */
  void history(List<Watched> targets) {
    LocalDate first = town.today().minusDays(REGISTERED_DAYS_AGO - 1);
    Instant missedAt = null;
    for (int i = 0; i < targets.size(); i++) {
      Watched w = targets.get(i);
      for (LocalDate d = first; !d.isAfter(town.today()); d = d.plusDays(1)) {
        Instant occurrence = d.atTime(w.time()).atZone(TokyoClock.ZONE).toInstant();
        if (d.getDayOfWeek() != w.weekday()
            || occurrence.plus(Duration.ofMinutes(GRACE)).isAfter(now)) {
          continue;
        }
        if (i == 2 && d.equals(town.today().minusDays(3))) {
          missedAt = occurrence;
          continue;
        }
        Instant handedOver = occurrence.plusSeconds(180);
        actor.act(
            handedOver,
            "driver",
            u ->
                services
                    .checkIns()
                    .record(u, new CheckInInput(w.id(), "DELIVERY", null, null), null));
      }
    }
    closedAlert(missedAt);
  }

  /** The missed delivery became an alert; the 社協 took it and the 民生委員 found her well. */
  private void closedAlert(Instant missedAt) {
    Instant due = missedAt.plus(Duration.ofMinutes(GRACE + 1));
    // The timers act for nobody; an emergency basis they record names whom it was decided by (the
    // target's registrar here, the reporter below), and the demo's audit entries name them too.
    long alert = actor.at(due, "coordinator", u -> services.missed().runDue(due).get(0));
    Instant escalated = due.plus(Duration.ofMinutes(16));
    actor.act(escalated, "coordinator", u -> services.escalation().runDue(escalated));
    actor.act(
        due.plus(Duration.ofMinutes(40)),
        "coordinator",
        u -> services.alerts().acknowledge(u, alert));
    actor.act(
        due.plus(Duration.ofMinutes(150)),
        "coordinator",
        u -> services.alerts().close(u, alert, "SAFE", "民生委員が訪問。風邪で休んでいたが無事。配達は翌週から再開。"));
  }

  /** The driver saw the post piling up this morning; the co-op office did not answer in time. */
  void openAlert(List<Watched> targets) {
    Instant seen = now.minus(Duration.ofMinutes(40));
    actor.act(
        seen,
        "driver",
        u ->
            services
                .observations()
                .report(
                    u,
                    new ObservationInput(
                        targets.get(0).id(),
                        List.of("MAIL_PILING_UP", "NO_ANSWER"),
                        false,
                        "インターホンに応答なし。新聞が3日分たまっている。",
                        null),
                    null));
    Instant escalated = seen.plus(Duration.ofMinutes(16));
    actor.act(escalated, "driver", u -> services.escalation().runDue(escalated));
  }
}
