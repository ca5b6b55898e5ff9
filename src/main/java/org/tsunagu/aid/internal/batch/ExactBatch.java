package org.tsunagu.aid.internal.batch;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The batch's exact optimum by branch and bound, for instances small enough to check the heuristic
 * against: requests in the heuristic's order, each option (and none) tried cheapest first, a branch
 * cut when its cost plus the least each remaining request could add reaches the best plan found.
 * The least a request could add counts fairness from the supporter's planned hours, which only
 * grow.
 */
public final class ExactBatch {

  private final BatchProblem p;
  private final int[] order;
  private final double[] remainingBound;
  private final int[] choice;
  private final Workload week;
  private final long maxNodes;
  private long nodes;
  private int[] best;
  private double bestCost;

  private ExactBatch(BatchProblem p, long maxNodes) {
    this.p = p;
    this.maxNodes = maxNodes;
    this.order = GreedyBatch.order(p);
    this.choice = new int[p.visits().size()];
    Arrays.fill(choice, -1);
    this.week = new Workload(p);
    this.remainingBound = new double[order.length + 1];
    for (int i = order.length - 1; i >= 0; i--) {
      remainingBound[i] = remainingBound[i + 1] + least(order[i]);
    }
  }

  /** The optimum, starting from the heuristic's plan as the bound to beat. */
  public static BatchPlan solve(BatchProblem p) {
    return solve(p, Long.MAX_VALUE).orElseThrow();
  }

  /** The optimum, or empty when proving it takes more than {@code maxNodes} branches. */
  public static java.util.Optional<BatchPlan> solve(BatchProblem p, long maxNodes) {
    ExactBatch search = new ExactBatch(p, maxNodes);
    BatchPlan start = GreedyBatch.solve(p);
    search.best = start.choice().clone();
    search.bestCost = start.cost();
    search.branch(0, 0);
    if (search.nodes > maxNodes) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new BatchPlan(search.best, BatchPlan.cost(p, search.best)));
  }

  private void branch(int depth, double cost) {
    if (++nodes > maxNodes) {
      return;
    }
    if (cost + remainingBound[depth] >= bestCost - 1e-9) {
      return;
    }
    if (depth == order.length) {
      best = choice.clone();
      bestCost = cost;
      return;
    }
    int v = order[depth];
    var options = p.visits().get(v).options();
    Integer[] tried =
        IntStream.range(0, options.size())
            .boxed()
            .sorted(Comparator.comparingDouble(o -> week.marginal(v, options.get(o))))
            .toArray(Integer[]::new);
    for (int o : tried) {
      int h = options.get(o).helper();
      if (!week.fits(v, h, -1)) {
        continue;
      }
      double add = week.marginal(v, options.get(o));
      week.add(v, h);
      choice[v] = o;
      branch(depth + 1, cost + add);
      choice[v] = -1;
      week.remove(v, h);
    }
    branch(depth + 1, cost + BatchProblem.UNASSIGNED);
  }

  private double least(int v) {
    double least = BatchProblem.UNASSIGNED;
    int add = p.visits().get(v).minutes();
    for (BatchProblem.Option o : p.visits().get(v).options()) {
      int planned = p.helpers().get(o.helper()).plannedMinutes();
      least =
          Math.min(
              least,
              o.cost() + BatchProblem.fairness(planned + add) - BatchProblem.fairness(planned));
    }
    return least;
  }
}
