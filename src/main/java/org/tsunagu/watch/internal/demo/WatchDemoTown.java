package org.tsunagu.watch.internal.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.tsunagu.people.ConsentRequest;
import org.tsunagu.people.bulk.SeededResidents;
import org.tsunagu.platform.demo.DemoActor;
import org.tsunagu.platform.demo.DemoTownContext;
import org.tsunagu.platform.time.TokyoClock;
import org.tsunagu.watch.internal.agreement.AgreementInput;
import org.tsunagu.watch.internal.chain.StepInput;
import org.tsunagu.watch.internal.target.TargetInput;
import org.tsunagu.watch.internal.target.TargetInput.ContactInput;
import org.tsunagu.watch.internal.target.TargetInput.ExpectedContactInput;
import org.tsunagu.watch.internal.target.TargetInput.WatcherInput;

/** The demo town's watch-over, step by step, each by the login who would do it, when they would. */
final class WatchDemoTown {

  static final String COOP = "こが生活協同組合";
  static final String CITY = "古河市";
  static final String HOUKATSU_NORTH = "古河市北部地域包括支援センター";
  static final int TARGETS = 24;
  static final int GRACE = 120;
  static final int REGISTERED_DAYS_AGO = 35;

  /** A registered target with its delivery day and time. */
  record Watched(long id, DayOfWeek weekday, LocalTime time) {}

  private final DemoTownContext town;
  private final DemoActor actor;
  private final WatchDemoServices services;
  private final Instant now;

  WatchDemoTown(DemoTownContext town, DemoActor actor, WatchDemoServices services, Instant now) {
    this.town = town;
    this.actor = actor;
    this.services = services;
    this.now = now;
  }

  long agreement() {
    List<StepInput> chain =
        List.of(
            org(town.organizationId(COOP), "mimamori@coop-koga.example.jp", 15),
            new StepInput("DESK", null, null, null, null, null, 30, true),
            org(town.organizationId(HOUKATSU_NORTH), "kita-houkatsu@koga.example.jp", 60),
            user(town.login("watcher").id(), "minsei-asahi@koga.example.jp", 60));
    return actor.at(
        at(REGISTERED_DAYS_AGO + 5, LocalTime.of(10, 0)),
        "admin",
        u ->
            services
                .agreements()
                .create(
                    u,
                    new AgreementInput(
                        town.organizationId(COOP),
                        town.organizationId(CITY),
                        null,
                        "地域見守り活動に関する協定（こが生協・古河市）",
                        "古河市 福祉推進課 高齢福祉係",
                        "koureifukushi@city-koga.example.jp",
                        "0280-22-5111",
                        "08:30",
                        "17:15",
                        "2021-04-01",
                        chain)));
  }

  List<Watched> targets(long agreement) {
    List<SeededResidents.Resident> alone =
        town.shared(SeededResidents.class).residents().stream()
            .filter(r -> r.alone() && r.age() >= 70)
            .limit(TARGETS)
            .toList();
    LocalDate today = town.today();
    List<Watched> watched = new ArrayList<>();
    for (int i = 0; i < alone.size(); i++) {
      // Half are on today's round; one is delivered to three days ago (its delivery was missed).
      DayOfWeek day =
          i == 2
              ? today.minusDays(3).getDayOfWeek()
              : i % 2 == 0 ? today.getDayOfWeek() : today.plusDays(1 + i % 5).getDayOfWeek();
      LocalTime time = LocalTime.of(9 + (i % 8), (i * 20) % 60);
      long id = register(alone.get(i).id(), agreement, i, day, time);
      watched.add(new Watched(id, day, time));
    }
    return watched;
  }

  private long register(long personId, long agreement, int i, DayOfWeek day, LocalTime time) {
    boolean first = i == 0;
    List<ContactInput> contacts =
        first
            ? List.of(
                new ContactInput(
                    "FAMILY",
                    "長女（東京都在住）",
                    "長女",
                    "daughter@family.example.jp",
                    "090-0000-0001",
                    true),
                new ContactInput("KEY_HOLDER", "隣家（合鍵あり）", "隣人", null, "0280-00-0002", false))
            : List.of();
    List<StepInput> ownChain =
        first
            ? List.of(
                org(town.organizationId(COOP), "mimamori@coop-koga.example.jp", 15),
                new StepInput("DESK", null, null, null, null, null, 30, true),
                new StepInput("CONTACT", null, null, 1L, null, null, 30, false),
                user(town.login("watcher").id(), "minsei-asahi@koga.example.jp", 60))
            : null;
    TargetInput in =
        new TargetInput(
            personId,
            agreement,
            new ConsentRequest(
                "WATCH",
                null,
                null,
                "PERSON",
                null,
                null,
                "WRITTEN",
                town.today().minusDays(REGISTERED_DAYS_AGO).toString(),
                null),
            i % 3 == 0 ? "隣家（合鍵あり）" : null,
            i % 4 == 0 ? "こが中央内科" : null,
            i % 5 == 0 ? "耳が遠いので大きめの声で" : null,
            i % 6 == 1 ? "犬がいます。門の内側に入らないでください" : null,
            contacts,
            List.of(
                new WatcherInput(town.login("driver").id(), "DELIVERY"),
                new WatcherInput(town.login("watcher").id(), "MINSEI")),
            List.of(
                new ExpectedContactInput(
                    "DELIVERY", day.getValue(), time.toString(), GRACE, town.login("driver").id())),
            ownChain);
    return actor.at(
        at(REGISTERED_DAYS_AGO, LocalTime.of(10, i)),
        "coordinator",
        u -> services.registration().register(u, in));
  }

  private Instant at(int daysAgo, LocalTime time) {
    return town.today().minusDays(daysAgo).atTime(time).atZone(TokyoClock.ZONE).toInstant();
  }

  private static StepInput org(long organizationId, String email, int minutes) {
    return new StepInput("ORGANIZATION", organizationId, null, null, null, email, minutes, false);
  }

  private static StepInput user(long userId, String email, int minutes) {
    return new StepInput("USER", null, userId, null, null, email, minutes, false);
  }
}
