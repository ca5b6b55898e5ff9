package org.tsunagu.platform.demo;

import java.util.ArrayList;
import java.util.List;

/** Values drawn with relative weights. */
public final class Weighted<T> {

  private final List<T> values = new ArrayList<>();
  private final List<Double> cumulative = new ArrayList<>();
  private double total;

  public Weighted<T> add(T value, double weight) {
    total += weight;
    values.add(value);
    cumulative.add(total);
    return this;
  }

  public T draw(Dice dice) {
    double x = dice.nextDouble() * total;
    for (int i = 0; i < values.size(); i++) {
      if (x < cumulative.get(i)) {
        return values.get(i);
      }
    }
    return values.get(values.size() - 1);
  }
}
