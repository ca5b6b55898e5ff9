package org.tsunagu.aid.internal.batch;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The batch's heuristic: the most constrained request first, each to its cheapest supporter who
 * fits as the week stands; then, while any lowers the total (up to a number of passes), moves of
 * one request to another supporter (or none), and moves into a supporter's week that push one of
 * their requests out to someone else.
 */
public final class GreedyBatch {

  private static final int PASSES = 20;

  private GreedyBatch() {}

  public static BatchPlan solve(BatchProblem p) {
    int n = p.visits().size();
    int[] choice = new int[n];
    Arrays.fill(choice, -1);
    Workload week = new Workload(p);
    for (int v : order(p)) {
      int best = -1;
      double bestCost = BatchProblem.UNASSIGNED;
      var options = p.visits().get(v).options();
      for (int o = 0; o < options.size(); o++) {
        double c = week.marginal(v, options.get(o));
        if (c < bestCost && week.fits(v, options.get(o).helper(), -1)) {
          best = o;
          bestCost = c;
        }
      }
      if (best >= 0) {
        choice[v] = best;
        week.add(v, options.get(best).helper());
      }
    }
    improve(p, choice, week);
    return new BatchPlan(choice, BatchPlan.cost(p, choice));
  }

  /** Visits with fewest options first, then by start. */
  static int[] order(BatchProblem p) {
    return IntStream.range(0, p.visits().size())
        .boxed()
        .sorted(
            Comparator.<Integer>comparingInt(v -> p.visits().get(v).options().size())
                .thenComparingInt(v -> p.visits().get(v).start()))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  private static void improve(BatchProblem p, int[] choice, Workload week) {
    for (int pass = 0; pass < PASSES; pass++) {
      boolean moved = false;
      for (int v = 0; v < choice.length; v++) {
        var options = p.visits().get(v).options();
        int from = choice[v] < 0 ? -1 : options.get(choice[v]).helper();
        double now =
            choice[v] < 0
                ? BatchProblem.UNASSIGNED
                : options.get(choice[v]).cost() + week.release(v, from);
        if (from >= 0) {
          week.remove(v, from);
        }
        int best = choice[v];
        double bestCost = now;
        if (BatchProblem.UNASSIGNED < bestCost - 1e-9) {
          best = -1;
          bestCost = BatchProblem.UNASSIGNED;
        }
        for (int o = 0; o < options.size(); o++) {
          double c = week.marginal(v, options.get(o));
          if (c < bestCost - 1e-9 && week.fits(v, options.get(o).helper(), -1)) {
            best = o;
            bestCost = c;
          }
        }
        choice[v] = best;
        if (best >= 0) {
          week.add(v, options.get(best).helper());
        }
        moved |= bestCost < now - 1e-9;
      }
      for (int v = 0; v < choice.length; v++) {
        moved |= eject(p, choice, week, v);
      }
      if (!moved) {
        return;
      }
    }
  }

  /**
   * Tries giving visit {@code v} to a supporter it does not fit by moving one of theirs (w) to its
   * best other place; applies the best such pair of moves if it lowers the total.
   */
  private static boolean eject(BatchProblem p, int[] choice, Workload week, int v) {
    var vOptions = p.visits().get(v).options();
    int vFrom = choice[v] < 0 ? -1 : vOptions.get(choice[v]).helper();
    double vNow =
        choice[v] < 0
            ? BatchProblem.UNASSIGNED
            : vOptions.get(choice[v]).cost() + week.release(v, vFrom);
    for (int o = 0; o < vOptions.size(); o++) {
      int h = vOptions.get(o).helper();
      if (h == vFrom || week.fits(v, h, -1)) {
        continue;
      }
      for (int w : week.held(h)) {
        var wOptions = p.visits().get(w).options();
        double wNow = wOptions.get(choice[w]).cost() + week.release(w, h);
        if (!week.fits(v, h, w)) {
          continue;
        }
        if (vFrom >= 0) {
          week.remove(v, vFrom);
        }
        week.remove(w, h);
        double vNew = week.marginal(v, vOptions.get(o));
        week.add(v, h);
        int wBest = -1;
        double wNew = BatchProblem.UNASSIGNED;
        for (int q = 0; q < wOptions.size(); q++) {
          int g = wOptions.get(q).helper();
          double c = week.marginal(w, wOptions.get(q));
          if (g != h && c < wNew && week.fits(w, g, -1)) {
            wBest = q;
            wNew = c;
          }
        }
        if (vNew + wNew < vNow + wNow - 1e-9) {
          choice[v] = o;
          choice[w] = wBest;
          if (wBest >= 0) {
            week.add(w, wOptions.get(wBest).helper());
          }
          return true;
        }
        week.remove(v, h);
        week.add(w, h);
        if (vFrom >= 0) {
          week.add(v, vFrom);
        }
      }
    }
    return false;
  }
}
