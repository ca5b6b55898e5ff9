package org.tsunagu.watch.internal.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.tsunagu.people.ConsentRequest;
import org.tsunagu.people.bulk.SeededResidents;
import org.tsunagu.platform.demo.DemoActor;
import org.tsunagu.platform.demo.DemoTownContext;
import org.tsunagu.platform.time.TokyoClock;
import org.tsunagu.watch.internal.campaign.CampaignInput;
import org.tsunagu.watch.internal.campaign.CampaignQueries;
import org.tsunagu.watch.internal.disaster.RegistrantInput;

/**
 * The demo town's disaster support: residents on the 避難行動要支援者名簿 kept by the 社協 for the city, some
 * of whom agreed to share their entry with the 地域包括支援センター, and a safety check after the heavy rain
 * three weeks ago, which the 民生委員 worked through and the 社協 closed.
 */
final class WatchDemoDisaster {

  static final int REGISTRANTS = 8;

  private final DemoTownContext town;
  private final DemoActor actor;
  private final WatchDemoServices services;

  WatchDemoDisaster(DemoTownContext town, DemoActor actor, WatchDemoServices services) {
    this.town = town;
    this.actor = actor;
    this.services = services;
  }

  void registry() {
    List<SeededResidents.Resident> old =
        town.shared(SeededResidents.class).residents().stream()
            .filter(r -> r.age() >= 80 && !r.alone())
            .limit(REGISTRANTS)
            .toList();
    for (int i = 0; i < old.size(); i++) {
      boolean shared = i % 2 == 0;
      ConsentRequest consent =
          shared
              ? new ConsentRequest(
                  "DISASTER_REGISTRY",
                  null,
                  "COMMUNITY_CARE_CENTER",
                  "PERSON",
                  null,
                  null,
                  "WRITTEN",
                  town.today().minusDays(30).toString(),
                  null)
              : null;
      RegistrantInput in =
          new RegistrantInput(
              old.get(i).id(),
              i % 3 == 0 ? "要介護3・歩行に介助が必要" : i % 3 == 1 ? "視覚障害（身体障害者手帳1級）" : "在宅酸素療法",
              old.get(i).townName() + "自治会",
              "長男（市内在住）",
              "090-0000-" + String.format("%04d", 100 + i),
              i % 2 == 0 ? "近所の協力員" : null,
              null,
              "最寄りの小学校（指定避難所）",
              "自宅前の市道を北へ、約400m",
              i % 3 == 2 ? "酸素ボンベと予備の電池を持ち出す" : "車いすを使う",
              consent);
      actor.act(
          at(30, LocalTime.of(11, i)), "coordinator", u -> services.registry().register(u, in));
    }
  }

  /** The heavy rain three weeks ago: a check over the whole town, worked through in a day. */
  void pastCampaign(long townArea) {
    Instant started = at(21, LocalTime.of(7, 30));
    long campaign =
        actor.at(
            started,
            "coordinator",
            u -> services.campaigns().start(u, new CampaignInput("大雨（3週間前）", townArea, false)));
    List<CampaignQueries.Check> mine =
        actor.at(started, "watcher", u -> services.campaignQueries().mine(u));
    for (int i = 0; i < mine.size(); i++) {
      long check = mine.get(i).id();
      String status = i == 3 ? "NOT_REACHED" : "SAFE";
      Instant when = started.plus(Duration.ofMinutes(30L + 12L * i));
      actor.act(when, "watcher", u -> services.checks().mark(u, check, status, null));
    }
    Instant evening = started.plus(Duration.ofHours(10));
    actor.act(evening, "coordinator", u -> services.campaigns().close(u, campaign));
  }

  private Instant at(int daysAgo, LocalTime time) {
    return town.today().minusDays(daysAgo).atTime(time).atZone(TokyoClock.ZONE).toInstant();
  }
}
