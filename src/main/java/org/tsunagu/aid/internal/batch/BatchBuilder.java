package org.tsunagu.aid.internal.batch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tsunagu.aid.internal.batch.WeekDemand.Demand;
import org.tsunagu.aid.internal.batch.WeekDemand.Request;
import org.tsunagu.aid.internal.batch.WeekSupply.Supporter;

/**
 * Turns a week's requests and supporters into the numbers the solvers take. A supporter is an
 * option for a request when they have the skill, are free for the whole visit, insured on the day,
 * drive if it needs driving, hold no other visit then, were not refused by the recipient, and live
 * within {@link #RADIUS_KM} (found through a grid, not by trying everyone); each request keeps its
 * {@link #OPTIONS} cheapest.
 */
final class BatchBuilder {

  static final double RADIUS_KM = 6.0;
  static final int OPTIONS = 25;
  private static final double CELL_DEGREES = 0.02;

  /** The problem, and per visit its request and per option what the coordinator is told. */
  record Built(BatchProblem problem, List<Request> requests, List<List<Why>> why) {}

  /** Why an option: its distance, and whether same area, helped before, asked for. */
  record Why(long supporterId, Double km, boolean sameArea, int before, boolean preferred) {}

  private final Map<Long, Supporter> supply;
  private final Demand demand;
  private final ZoneId zone;
  private final Instant weekStart;
  private final Map<Long, List<Supporter>> grid = new HashMap<>();
  private final List<Supporter> placeless = new ArrayList<>();
  private final Map<Long, Integer> helperIndex = new HashMap<>();
  private final List<BatchProblem.Helper> helpers = new ArrayList<>();

  BatchBuilder(Map<Long, Supporter> supply, Demand demand, ZoneId zone, Instant weekStart) {
    this.supply = supply;
    this.demand = demand;
    this.zone = zone;
    this.weekStart = weekStart;
    for (Supporter s : supply.values()) {
      if (s.latitude() == null || s.longitude() == null) {
        placeless.add(s);
      } else {
        grid.computeIfAbsent(cell(s.latitude(), s.longitude()), k -> new ArrayList<>()).add(s);
      }
    }
  }

  Built build() {
    List<BatchProblem.Visit> visits = new ArrayList<>();
    List<List<Why>> whys = new ArrayList<>();
    for (Request r : demand.requests()) {
      List<Why> options = options(r);
      List<BatchProblem.Option> costed = new ArrayList<>();
      for (Why w : options) {
        costed.add(new BatchProblem.Option(helper(w.supporterId()), cost(w)));
      }
      int start = (int) ((r.startsAt().getEpochSecond() - weekStart.getEpochSecond()) / 60);
      visits.add(new BatchProblem.Visit(r.id(), start, r.minutes(), costed));
      whys.add(options);
    }
    return new Built(new BatchProblem(visits, helpers), demand.requests(), whys);
  }

  static double cost(Why w) {
    return (w.km() == null ? 3.0 : w.km())
        + (w.sameArea() ? 0 : 1.0)
        - (w.before() > 0 ? 3.0 : 0)
        - (w.preferred() ? 4.0 : 0);
  }

  private List<Why> options(Request r) {
    LocalDateTime start = LocalDateTime.ofInstant(r.startsAt(), zone);
    LocalDate day = start.toLocalDate();
    LocalTime from = start.toLocalTime();
    LocalDateTime endAt = start.plusMinutes(r.minutes());
    LocalTime until = endAt.toLocalDate().isAfter(day) ? LocalTime.MAX : endAt.toLocalTime();
    Instant end = r.startsAt().plusSeconds(60L * r.minutes());
    Map<Long, String> wishes = demand.wishes().getOrDefault(r.recipientId(), Map.of());
    Map<Long, Integer> before = demand.helpedBefore().getOrDefault(r.recipientId(), Map.of());
    List<Why> found = new ArrayList<>();
    for (Supporter s : near(r)) {
      if (!s.skills().contains(r.menuItemId())
          || (r.needsDriving() && !s.driver())
          || s.insuranceUntil() == null
          || s.insuranceUntil().isBefore(day)
          || "EXCLUDED".equals(wishes.get(s.memberId()))
          || !s.freeAt(day.getDayOfWeek().getValue(), from, until)
          || s.busy(r.startsAt(), end)) {
        continue;
      }
      Double km = km(r, s);
      if (km != null && km > RADIUS_KM) {
        continue;
      }
      found.add(
          new Why(
              s.memberId(),
              km,
              r.areaId() != null && s.areas().contains(r.areaId()),
              before.getOrDefault(s.memberId(), 0),
              "PREFERRED".equals(wishes.get(s.memberId()))));
    }
    found.sort(Comparator.comparingDouble(BatchBuilder::cost));
    return found.size() > OPTIONS ? found.subList(0, OPTIONS) : found;
  }

  private List<Supporter> near(Request r) {
    if (r.latitude() == null || r.longitude() == null) {
      return List.copyOf(supply.values());
    }
    List<Supporter> near = new ArrayList<>(placeless);
    int reach = (int) Math.ceil(RADIUS_KM / 111.0 / CELL_DEGREES);
    long row = Math.round(Math.floor(r.latitude() / CELL_DEGREES));
    long col = Math.round(Math.floor(r.longitude() / CELL_DEGREES));
    for (long i = row - reach; i <= row + reach; i++) {
      for (long j = col - reach - 1; j <= col + reach + 1; j++) {
        near.addAll(grid.getOrDefault(key(i, j), List.of()));
      }
    }
    return near;
  }

  private int helper(long supporterId) {
    return helperIndex.computeIfAbsent(
        supporterId,
        id -> {
          Supporter s = supply.get(id);
          helpers.add(
              new BatchProblem.Helper(
                  id, s.plannedMinutes(), s.capMinutes() == null ? 0 : s.capMinutes()));
          return helpers.size() - 1;
        });
  }

  private static Double km(Request r, Supporter s) {
    if (r.latitude() == null || s.latitude() == null) {
      return null;
    }
    double dLat = Math.toRadians(s.latitude() - r.latitude());
    double dLon =
        Math.toRadians(s.longitude() - r.longitude()) * Math.cos(Math.toRadians(r.latitude()));
    return 6371.0 * Math.sqrt(dLat * dLat + dLon * dLon);
  }

  private static long cell(double lat, double lon) {
    return key(
        Math.round(Math.floor(lat / CELL_DEGREES)), Math.round(Math.floor(lon / CELL_DEGREES)));
  }

  private static long key(long row, long col) {
    return row * 1_000_003L + col;
  }
}
