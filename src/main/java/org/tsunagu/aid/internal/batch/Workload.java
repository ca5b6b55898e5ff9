package org.tsunagu.aid.internal.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * The supporters' week while a batch is being planned: each one's minutes and the visits they hold,
 * so a move's change in cost and whether it fits are answered without recounting.
 */
final class Workload {

  private final BatchProblem problem;
  private final int[] minutes;
  private final List<List<Integer>> held = new ArrayList<>();

  Workload(BatchProblem problem) {
    this.problem = problem;
    this.minutes = new int[problem.helpers().size()];
    for (int h = 0; h < minutes.length; h++) {
      minutes[h] = problem.helpers().get(h).plannedMinutes();
      held.add(new ArrayList<>());
    }
  }

  /** The cost of giving visit {@code v} to helper {@code h} at an option cost, as things stand. */
  double marginal(int v, BatchProblem.Option o) {
    int m = minutes[o.helper()];
    int add = problem.visits().get(v).minutes();
    return o.cost() + BatchProblem.fairness(m + add) - BatchProblem.fairness(m);
  }

  /** The fairness saved by taking visit {@code v} away from helper {@code h}. */
  double release(int v, int h) {
    int m = minutes[h];
    int add = problem.visits().get(v).minutes();
    return BatchProblem.fairness(m) - BatchProblem.fairness(m - add);
  }

  /** Whether helper {@code h} can take visit {@code v}, ignoring {@code except} (-1: none). */
  boolean fits(int v, int h, int except) {
    BatchProblem.Visit visit = problem.visits().get(v);
    BatchProblem.Helper helper = problem.helpers().get(h);
    int extra =
        except >= 0 && held.get(h).contains(except) ? problem.visits().get(except).minutes() : 0;
    if (helper.capMinutes() > 0 && minutes[h] - extra + visit.minutes() > helper.capMinutes()) {
      return false;
    }
    for (int w : held.get(h)) {
      if (w != except && w != v && problem.visits().get(w).overlaps(visit)) {
        return false;
      }
    }
    return true;
  }

  /** The visits helper {@code h} holds, as a copy. */
  List<Integer> held(int h) {
    return List.copyOf(held.get(h));
  }

  void add(int v, int h) {
    minutes[h] += problem.visits().get(v).minutes();
    held.get(h).add(v);
  }

  void remove(int v, int h) {
    minutes[h] -= problem.visits().get(v).minutes();
    held.get(h).remove(Integer.valueOf(v));
  }
}
