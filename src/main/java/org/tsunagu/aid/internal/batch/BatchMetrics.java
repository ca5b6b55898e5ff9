package org.tsunagu.aid.internal.batch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a batch plan means for people: the travel it asks, continuity (of the visits to recipients
 * someone has helped in the last half year, the share that goes to such a supporter), and fairness
 * (the spread, as standard deviation, of the week's hours among the supporters who have any).
 */
record BatchMetrics(int assigned, double travelKm, Double continuity, Double hoursSpread) {

  static BatchMetrics of(BatchBuilder.Built built, BatchPlan plan) {
    BatchProblem p = built.problem();
    int assigned = 0;
    double km = 0;
    int withUsual = 0;
    int toUsual = 0;
    Map<Integer, Integer> minutes = new HashMap<>();
    for (int h = 0; h < p.helpers().size(); h++) {
      minutes.put(h, p.helpers().get(h).plannedMinutes());
    }
    for (int v = 0; v < plan.choice().length; v++) {
      List<BatchBuilder.Why> whys = built.why().get(v);
      boolean usualExists = whys.stream().anyMatch(w -> w.before() > 0);
      withUsual += usualExists ? 1 : 0;
      int o = plan.choice()[v];
      if (o < 0) {
        continue;
      }
      assigned++;
      BatchBuilder.Why w = whys.get(o);
      km += w.km() == null ? 0 : w.km();
      toUsual += w.before() > 0 ? 1 : 0;
      minutes.merge(
          p.visits().get(v).options().get(o).helper(), p.visits().get(v).minutes(), Integer::sum);
    }
    double[] hours =
        minutes.values().stream().filter(m -> m > 0).mapToDouble(m -> m / 60.0).toArray();
    Double spread = null;
    if (hours.length > 0) {
      double mean = java.util.Arrays.stream(hours).average().orElse(0);
      spread =
          Math.sqrt(
              java.util.Arrays.stream(hours).map(x -> (x - mean) * (x - mean)).sum()
                  / hours.length);
    }
    return new BatchMetrics(
        assigned, km, withUsual == 0 ? null : (double) toUsual / withUsual, spread);
  }
}
