package org.tsunagu.aid.internal.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.tsunagu.aid.internal.member.MemberInput;
import org.tsunagu.aid.internal.member.MemberInput.AvailabilityInput;
import org.tsunagu.aid.internal.programme.ProgrammeInput;
import org.tsunagu.people.ConsentRequest;
import org.tsunagu.people.bulk.SeededResidents;
import org.tsunagu.platform.demo.DemoActor;
import org.tsunagu.platform.demo.DemoTownContext;

/**
 * The two programmes of the demo town and their members: the 社協's ふれあいサービス (fees by the hour, time
 * credits optional) run by the coordinator, and the co-op's くらしの助け合いの会 run by its staff, whose
 * first supporter and first recipient are the demo's supporter and member logins.
 */
final class AidDemoTown {

  static final String SHAKYO = "古河市社会福祉協議会";
  static final String COOP = "こが生活協同組合";
  static final int JOINED_DAYS_AGO = 70;

  /** A programme with who runs it and its members. */
  record Scheme(
      long programme,
      String manager,
      List<Long> supporters,
      List<Long> recipients,
      String[] menu) {}

  private final DemoTownContext town;
  private final DemoActor actor;
  private final AidDemoServices services;
  private final Instant now;
  private final ZoneId zone = ZoneId.of("Asia/Tokyo");

  AidDemoTown(DemoTownContext town, DemoActor actor, AidDemoServices services, Instant now) {
    this.town = town;
    this.actor = actor;
    this.services = services;
    this.now = now;
  }

  List<Scheme> schemes() {
    List<SeededResidents.Resident> residents = town.shared(SeededResidents.class).residents();
    List<SeededResidents.Resident> helpers =
        residents.stream().filter(r -> !r.alone() && r.age() >= 55 && r.age() <= 79).toList();
    List<SeededResidents.Resident> helped =
        residents.stream().filter(r -> r.alone() && r.age() >= 75).toList();
    String[] shakyoMenu = {"SHOPPING", "CLEANING", "COOKING", "GARBAGE", "TALK", "OUTING", "GRASS"};
    String[] coopMenu = {"SHOPPING", "CLEANING", "COOKING", "GARBAGE", "TALK", "HOUSESIT"};
    Scheme shakyo =
        scheme(
            "coordinator",
            AidDemoRules.shakyo(),
            helpers.subList(0, 12),
            helped.subList(0, 16),
            null,
            null,
            shakyoMenu);
    Scheme coop =
        scheme(
            "coop",
            AidDemoRules.coop(),
            helpers.subList(12, 20),
            helped.subList(16, 26),
            town.login("supporter").id(),
            town.login("member").id(),
            coopMenu);
    return List.of(shakyo, coop);
  }

  private Scheme scheme(
      String manager,
      ProgrammeInput rules,
      List<SeededResidents.Resident> helpers,
      List<SeededResidents.Resident> helped,
      Long supporterLogin,
      Long memberLogin,
      String[] menu) {
    Instant joined = now.minusSeconds(86_400L * JOINED_DAYS_AGO);
    long programme = actor.at(joined, manager, u -> services.programmes().create(u, rules));
    List<Long> supporters = new ArrayList<>();
    for (int i = 0; i < helpers.size(); i++) {
      SeededResidents.Resident r = helpers.get(i);
      shareWith(manager, r.id());
      Long login = i == 0 ? supporterLogin : null;
      MemberInput in = supporter(r, i, login, menu, !"NONE".equals(rules.timeCredits()));
      supporters.add(
          actor.at(
              joined.plusSeconds(600L * i),
              manager,
              u -> services.members().join(u, programme, in)));
    }
    List<Long> recipients = new ArrayList<>();
    for (int i = 0; i < helped.size(); i++) {
      SeededResidents.Resident r = helped.get(i);
      shareWith(manager, r.id());
      MemberInput in =
          new MemberInput(
              r.id(),
              "RECIPIENT",
              null,
              i == 0 ? memberLogin : null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null);
      recipients.add(
          actor.at(
              joined.plusSeconds(600L * i + 300),
              manager,
              u -> services.members().join(u, programme, in)));
    }
    actor.act(
        joined.plusSeconds(86_400),
        manager,
        u -> {
          services
              .preferences()
              .prefer(u, programme, recipients.get(1), supporters.get(1), "PREFERRED", "前回とても助かった");
          services
              .preferences()
              .prefer(u, programme, recipients.get(2), supporters.get(3), "EXCLUDED", "ご本人の希望");
        });
    return new Scheme(programme, manager, supporters, recipients, menu);
  }

  /** The co-op sees a resident once they sign its application, which shares them with it. */
  private void shareWith(String manager, long personId) {
    if (!"coop".equals(manager)) {
      return;
    }
    actor.act(
        now.minusSeconds(86_400L * (JOINED_DAYS_AGO + 1)),
        "coordinator",
        u ->
            services
                .people()
                .recordConsent(
                    u,
                    personId,
                    new ConsentRequest(
                        "MUTUAL_AID",
                        town.organizationId(COOP),
                        null,
                        "PERSON",
                        null,
                        null,
                        "WRITTEN",
                        LocalDate.ofInstant(now, zone).minusDays(JOINED_DAYS_AGO + 1).toString(),
                        null)));
  }

  private MemberInput supporter(
      SeededResidents.Resident r, int i, Long login, String[] menu, boolean credits) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    int fiscalYear = today.getMonthValue() >= 4 ? today.getYear() + 1 : today.getYear();
    String insuredUntil =
        i == 5
            ? LocalDate.of(fiscalYear - 1, 3, 31).toString()
            : MonthDay.of(3, 31).atYear(fiscalYear).toString();
    List<String> skills = new ArrayList<>();
    for (int k = 0; k < menu.length; k++) {
      if ((k + i) % 3 != 0 || k == 0) {
        skills.add(menu[k]);
      }
    }
    boolean drives = i % 4 == 1;
    List<AvailabilityInput> hours = new ArrayList<>();
    for (int d = 1; d <= 5; d++) {
      if ((d + i) % 2 == 0 || d == 1 + i % 5) {
        LocalTime from = i % 2 == 0 ? LocalTime.of(9, 0) : LocalTime.of(13, 0);
        hours.add(new AvailabilityInput(d, from.toString(), from.plusHours(4).toString()));
      }
    }
    return new MemberInput(
        r.id(),
        "SUPPORTER",
        null,
        login,
        null,
        drives,
        drives ? today.minusYears(1).toString() : null,
        "ふれあい活動保険",
        insuredUntil,
        i % 3 == 0 ? 480 : null,
        credits && i % 5 == 2,
        skills,
        List.of(r.areaId()),
        hours);
  }
}
