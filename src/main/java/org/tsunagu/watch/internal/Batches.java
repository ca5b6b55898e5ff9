package org.tsunagu.watch.internal;

import java.util.function.IntSupplier;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a batch of due rows in a transaction of its own, again and again until a batch comes back
 * short: a node that dies loses at most the batch it was in, which stays due for the next one.
 */
public final class Batches {

  private Batches() {}

  /** Returns the rows handled in all; {@code batch} returns how many it handled. */
  public static int untilShort(TransactionTemplate tx, int size, IntSupplier batch) {
    int total = 0;
    while (true) {
      Integer handled = tx.execute(status -> batch.getAsInt());
      total += handled;
      if (handled < size) {
        return total;
      }
    }
  }
}
