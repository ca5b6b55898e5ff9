package org.tsunagu.aid.internal.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders the candidates for a request and says why in plain words; those farther than {@link
 * #NEAR_KM} are left out unless the recipient knows them. Some cannot be sent at all (insurance not
 * valid on the day, "not this person", another visit at the time, a drive without the transport
 * course, the week's hours used up); the rest score by nearness, their own area, having helped the
 * recipient before or being the one they asked for, and fairness (fewer hours this week and over
 * the last 90 days first).
 */
final class Ranking {

  record Reason(String key, Object... args) {}

  record Ranked(long memberId, String name, int score, Double distanceKm, List<Reason> reasons) {}

  record Unavailable(long memberId, String name, Reason reason) {}

  record Result(List<Ranked> ranked, List<Unavailable> unavailable) {}

  static final double NEAR_KM = 10.0;

  private Ranking() {}

  static Result rank(
      List<Candidate> candidates,
      LocalDate day,
      boolean needsDriving,
      int minutes,
      Double latitude,
      Double longitude,
      Reason available) {
    List<Ranked> ranked = new ArrayList<>();
    List<Unavailable> unavailable = new ArrayList<>();
    for (Candidate c : candidates) {
      Reason refusal = refusal(c, day, needsDriving, minutes);
      if (refusal != null) {
        unavailable.add(new Unavailable(c.memberId(), c.name(), refusal));
        continue;
      }
      List<Reason> why = new ArrayList<>();
      double score = 0;
      Double km = distanceKm(latitude, longitude, c.latitude(), c.longitude());
      if (km != null && km > NEAR_KM && c.visitsToRecipient() == 0 && c.preference() == null) {
        continue;
      }
      if (c.coversArea()) {
        score += 15;
        why.add(new Reason("aid.why.sameArea"));
      }
      if (km != null) {
        score += 30 * Math.max(0, 1 - km / NEAR_KM);
        why.add(new Reason("aid.why.distance", String.format("%.1f", km)));
      }
      if ("PREFERRED".equals(c.preference())) {
        score += 25;
        why.add(new Reason("aid.why.preferred"));
      }
      if (c.visitsToRecipient() > 0) {
        score += 20;
        why.add(new Reason("aid.why.before", c.visitsToRecipient()));
      }
      why.add(available);
      score -= c.weekMinutes() / 60.0 * 4;
      if (c.weekMinutes() > 0) {
        why.add(new Reason("aid.why.week", hours(c.weekMinutes())));
      }
      double recentHours = c.recentMinutes() / 60.0;
      score -= Math.min(20, recentHours / 3);
      if (recentHours < 3) {
        why.add(new Reason("aid.why.fewHours"));
      }
      ranked.add(new Ranked(c.memberId(), c.name(), (int) Math.round(score), km, why));
    }
    ranked.sort(
        Comparator.comparingInt(Ranked::score).reversed().thenComparingLong(Ranked::memberId));
    unavailable.sort(Comparator.comparingLong(Unavailable::memberId));
    return new Result(ranked, unavailable);
  }

  /** Why the supporter cannot be sent, or null. */
  static Reason refusal(Candidate c, LocalDate day, boolean needsDriving, int minutes) {
    if (c.insuranceUntil() == null || c.insuranceUntil().isBefore(day)) {
      return new Reason("aid.refusal.insurance");
    }
    if ("EXCLUDED".equals(c.preference())) {
      return new Reason("aid.refusal.excluded");
    }
    if (c.busy()) {
      return new Reason("aid.refusal.busy");
    }
    if (needsDriving && (!c.drives() || c.transportCourseOn() == null)) {
      return new Reason("aid.refusal.driving");
    }
    if (c.maxMinutesPerWeek() != null && c.weekMinutes() + minutes > c.maxMinutesPerWeek()) {
      return new Reason("aid.refusal.weekFull");
    }
    return null;
  }

  static Double distanceKm(Double lat1, Double lon1, Double lat2, Double lon2) {
    if (lat1 == null || lon1 == null || lat2 == null || lon2 == null) {
      return null;
    }
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  private static String hours(int minutes) {
    return minutes % 60 == 0 ? String.valueOf(minutes / 60) : String.format("%.1f", minutes / 60.0);
  }
}
