package org.tsunagu.aid.internal.batch;

import java.util.List;

/**
 * A week's open requests and the supporters who could take each, as numbers: the assignment problem
 * the batch solves. A request's options carry their own cost (travel in km, less for the
 * recipient's usual or preferred supporter, more outside the supporter's areas); a supporter's
 * hours already planned and weekly cap bound what they can take, and two visits of one supporter
 * may not overlap. Fairness is a cost on the square of each supporter's hours, so the hours spread.
 */
public record BatchProblem(List<Visit> visits, List<Helper> helpers) {

  /** The cost of leaving a request without a supporter. */
  public static final double UNASSIGNED = 50.0;

  /** The weight of fairness: cost per square hour of a supporter's week. */
  public static final double FAIRNESS = 0.5;

  /** An open request: when (minutes from the week's start), how long, and who could go. */
  public record Visit(long requestId, int start, int minutes, List<Option> options) {

    boolean overlaps(Visit other) {
      return start < other.start + other.minutes && other.start < start + minutes;
    }
  }

  /** A supporter who could go, by their index in {@link #helpers}, at a cost of this pairing. */
  public record Option(int helper, double cost) {}

  /** A supporter: minutes already planned this week and the week's cap (0: none). */
  public record Helper(long memberId, int plannedMinutes, int capMinutes) {}

  /** The fairness cost of a supporter with this many minutes in the week. */
  static double fairness(int minutes) {
    double hours = minutes / 60.0;
    return FAIRNESS * hours * hours;
  }
}
