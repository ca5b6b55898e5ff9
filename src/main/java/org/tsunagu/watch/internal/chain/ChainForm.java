package org.tsunagu.watch.internal.chain;

import java.util.ArrayList;
import java.util.List;

/**
 * A chain as a screen edits it: a fixed number of step rows, the blank ones ignored. Rows are
 * compacted before the check, so a problem under {@code steps[i]} names the row shown at {@code i}.
 */
public class ChainForm {

  /** Rows shown: the steps there are, and blank ones up to this many to add more. */
  static final int ROWS = 6;

  private List<StepRow> steps = new ArrayList<>();

  public List<StepRow> getSteps() {
    return steps;
  }

  public void setSteps(List<StepRow> steps) {
    this.steps = steps;
  }

  /** A form holding the chain as saved. */
  public static ChainForm of(List<ChainStep> chain) {
    ChainForm form = new ChainForm();
    chain.forEach(s -> form.steps.add(StepRow.of(s)));
    return form.padded();
  }

  /** The filled rows as the check takes them; the form keeps only those, in order. */
  public List<StepInput> inputs() {
    steps = new ArrayList<>(steps.stream().filter(r -> r != null && !r.blank()).toList());
    return steps.stream().map(StepRow::input).toList();
  }

  /** The form with blank rows added for steps not yet there. */
  public ChainForm padded() {
    int rows = Math.min(ChainCheck.MAX_STEPS, Math.max(ROWS, steps.size() + 1));
    while (steps.size() < rows) {
      steps.add(new StepRow());
    }
    return this;
  }
}
