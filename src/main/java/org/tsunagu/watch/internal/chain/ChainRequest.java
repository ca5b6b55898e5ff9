package org.tsunagu.watch.internal.chain;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A chain to put in place of one: its steps in order. */
public record ChainRequest(@NotNull List<StepInput> steps) {}
