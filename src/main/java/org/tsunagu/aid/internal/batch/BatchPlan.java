package org.tsunagu.aid.internal.batch;

import java.util.Arrays;

/**
 * Who takes which request in a batch: for each visit the index of its option, or -1 for none, and
 * the cost of it all as {@link BatchProblem} counts it.
 */
public record BatchPlan(int[] choice, double cost) {

  public static double cost(BatchProblem p, int[] choice) {
    double total = 0;
    int[] minutes = new int[p.helpers().size()];
    for (int h = 0; h < minutes.length; h++) {
      minutes[h] = p.helpers().get(h).plannedMinutes();
    }
    for (int v = 0; v < choice.length; v++) {
      if (choice[v] < 0) {
        total += BatchProblem.UNASSIGNED;
      } else {
        BatchProblem.Option o = p.visits().get(v).options().get(choice[v]);
        total += o.cost();
        minutes[o.helper()] += p.visits().get(v).minutes();
      }
    }
    for (int h = 0; h < minutes.length; h++) {
      total +=
          BatchProblem.fairness(minutes[h])
              - BatchProblem.fairness(p.helpers().get(h).plannedMinutes());
    }
    return total;
  }

  /** Whether the plan keeps every supporter within their cap and free of overlapping visits. */
  public static boolean feasible(BatchProblem p, int[] choice) {
    int[] minutes = new int[p.helpers().size()];
    for (int v = 0; v < choice.length; v++) {
      if (choice[v] < 0) {
        continue;
      }
      int h = p.visits().get(v).options().get(choice[v]).helper();
      minutes[h] += p.visits().get(v).minutes();
      for (int w = 0; w < v; w++) {
        if (choice[w] >= 0
            && p.visits().get(w).options().get(choice[w]).helper() == h
            && p.visits().get(w).overlaps(p.visits().get(v))) {
          return false;
        }
      }
    }
    for (int h = 0; h < minutes.length; h++) {
      BatchProblem.Helper helper = p.helpers().get(h);
      if (helper.capMinutes() > 0 && helper.plannedMinutes() + minutes[h] > helper.capMinutes()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BatchPlan other
        && Arrays.equals(choice, other.choice)
        && cost == other.cost;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(choice) * 31 + Double.hashCode(cost);
  }

  @Override
  public String toString() {
    return "BatchPlan" + Arrays.toString(choice) + " cost " + cost;
  }
}
