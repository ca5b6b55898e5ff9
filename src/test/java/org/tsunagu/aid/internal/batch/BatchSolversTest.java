package org.tsunagu.aid.internal.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The batch heuristic against the exact optimum: both plans fit (no supporter over their cap or in
 * two places at once), the optimum is what trying every plan finds, and the heuristic's gap to it
 * on random weeks stays small.
 */
class BatchSolversTest {

  @Test
  void shouldFindWhatTryingEveryPlanFinds() {
    Random random = new Random(3);
    for (int i = 0; i < 200; i++) {
      BatchProblem p = instance(random, 6, 3);
      BatchPlan exact = ExactBatch.solve(p);
      assertThat(BatchPlan.feasible(p, exact.choice())).isTrue();
      assertThat(exact.cost()).isCloseTo(bruteForce(p), org.assertj.core.data.Offset.offset(1e-6));
    }
  }

  @Test
  void shouldKeepTheHeuristicWithinTwoPercentOfTheOptimumOnAverage() {
    Random random = new Random(7);
    double gaps = 0;
    double worst = 0;
    int runs = 60;
    for (int i = 0; i < runs; i++) {
      BatchProblem p = instance(random, 14, 6);
      BatchPlan greedy = GreedyBatch.solve(p);
      BatchPlan exact = ExactBatch.solve(p);
      assertThat(BatchPlan.feasible(p, greedy.choice())).isTrue();
      assertThat(BatchPlan.feasible(p, exact.choice())).isTrue();
      assertThat(exact.cost()).isLessThanOrEqualTo(greedy.cost() + 1e-9);
      double gap = (greedy.cost() - exact.cost()) / exact.cost();
      gaps += gap;
      worst = Math.max(worst, gap);
    }
    System.out.printf(
        "batch heuristic vs exact over %d weeks: mean gap %.2f %%, worst %.2f %%%n",
        runs, 100 * gaps / runs, 100 * worst);
    assertThat(gaps / runs).isLessThanOrEqualTo(0.02);
  }

  /** Visits over a week (some overlapping), each with options among the helpers at random costs. */
  static BatchProblem instance(Random random, int visits, int helpers) {
    List<BatchProblem.Helper> hs = new ArrayList<>();
    for (int h = 0; h < helpers; h++) {
      hs.add(new BatchProblem.Helper(h, 60 * random.nextInt(4), random.nextBoolean() ? 0 : 360));
    }
    List<BatchProblem.Visit> vs = new ArrayList<>();
    for (int v = 0; v < visits; v++) {
      List<BatchProblem.Option> options = new ArrayList<>();
      for (int h = 0; h < helpers; h++) {
        if (random.nextInt(3) > 0) {
          options.add(
              new BatchProblem.Option(
                  h, 0.5 + random.nextDouble() * 6 - (random.nextInt(6) == 0 ? 3 : 0)));
        }
      }
      int start = 60 * (24 * random.nextInt(5) + 9 + random.nextInt(8));
      vs.add(new BatchProblem.Visit(v, start, 60 + 30 * random.nextInt(3), options));
    }
    return new BatchProblem(vs, hs);
  }

  private static double bruteForce(BatchProblem p) {
    int[] choice = new int[p.visits().size()];
    Arrays.fill(choice, -1);
    return enumerate(p, choice, 0);
  }

  private static double enumerate(BatchProblem p, int[] choice, int v) {
    if (v == choice.length) {
      return BatchPlan.feasible(p, choice) ? BatchPlan.cost(p, choice) : Double.MAX_VALUE;
    }
    double best = Double.MAX_VALUE;
    for (int o = -1; o < p.visits().get(v).options().size(); o++) {
      choice[v] = o;
      best = Math.min(best, enumerate(p, choice, v + 1));
    }
    choice[v] = -1;
    return best;
  }
}
