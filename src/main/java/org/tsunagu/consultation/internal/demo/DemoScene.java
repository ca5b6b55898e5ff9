package org.tsunagu.consultation.internal.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.bulk.SeededResidents;
import org.tsunagu.people.bulk.SeededResidents.Resident;
import org.tsunagu.platform.demo.DemoTownContext;
import org.tsunagu.platform.time.TokyoClock;

/**
 * What the storylines of one demo load share: the town (its organisations and logins by name), the
 * day it is loaded for and moments before it, the residents not yet in a story, and the windows
 * opened.
 */
final class DemoScene {

  // The demo town's organisations, by the names the demo module gives them.
  static final String SHAKYO = "古河市社会福祉協議会";
  static final String COOP = "こが生活協同組合";
  static final String MEDICAL_COOP = "こが医療生活協同組合";
  static final String HOUKATSU_NORTH = "古河市北部地域包括支援センター";
  static final String HOUKATSU_SOUTH = "古河市南部地域包括支援センター";
  static final String SELF_RELIANCE = "古河市くらし自立相談支援センター";
  static final String CITY = "古河市";
  static final String NPO_CHILDREN = "NPO法人こが子育てひろば";
  static final String NPO_OUTREACH = "NPO法人よりそいネットこが";
  static final String SALON = "旭町ふれあいサロン";

  private final DemoTownContext town;
  private final PeopleApi people;
  private final List<Resident> residents;
  private final Set<Long> inAStory = new HashSet<>();
  private final Map<String, Long> windows = new HashMap<>();

  DemoScene(DemoTownContext town, PeopleApi people) {
    this.town = town;
    this.people = people;
    this.residents = town.shared(SeededResidents.class).residents();
  }

  LocalDate today() {
    return town.today();
  }

  /** {@code daysAgo} days before the load's day, at that time in Japan. */
  Instant at(int daysAgo, int hour, int minute) {
    return today().minusDays(daysAgo).atTime(hour, minute).atZone(TokyoClock.ZONE).toInstant();
  }

  /** The day {@code days} after the load's day (before it when negative). */
  LocalDate day(int days) {
    return today().plusDays(days);
  }

  long org(String name) {
    return town.organizationId(name);
  }

  long user(String login) {
    return town.login(login).id();
  }

  long orgOf(String login) {
    return town.login(login).organizationId();
  }

  String displayName(String login) {
    return town.login(login).displayName();
  }

  /** The area of the town of that name, as its residents live there. */
  Long area(String townName) {
    return residents.stream()
        .filter(r -> r.townName().equals(townName))
        .map(Resident::areaId)
        .findFirst()
        .orElse(null);
  }

  /**
   * The first resident in no story yet who matches and whom {@code login}'s organisation may see
   * (it could not record them otherwise).
   */
  Resident person(String login, Predicate<Resident> matches) {
    long org = orgOf(login);
    Resident found =
        residents.stream()
            .filter(r -> !inAStory.contains(r.id()))
            .filter(matches)
            .filter(r -> people.visibleTo(r.id(), org, null))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no demo resident fits a consultation"));
    inAStory.add(found.id());
    return found;
  }

  /** Someone living in a household with a member who matches. */
  boolean livesWith(Resident r, Predicate<Resident> other) {
    return r.householdId() != null
        && residents.stream()
            .anyMatch(
                s -> s.id() != r.id() && r.householdId().equals(s.householdId()) && other.test(s));
  }

  static boolean north(Resident r) {
    return r.careCentre().equals(HOUKATSU_NORTH);
  }

  void window(String key, long id) {
    windows.put(key, id);
  }

  long window(String key) {
    return windows.get(key);
  }
}
