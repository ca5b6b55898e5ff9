package org.tsunagu.aid.internal.ledger;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A journal being put together: amounts per account, debit positive, added up as they come; the
 * accounts that end at zero are left out. Whether it balances is the database's to say.
 */
public final class Posting {

  public record Key(AccountKind kind, Long memberId) {}

  private final Map<Key, Long> amounts = new LinkedHashMap<>();

  public Posting add(AccountKind kind, Long memberId, long amount) {
    if (kind.perMember() == (memberId == null)) {
      throw new IllegalArgumentException(
          kind + (memberId == null ? " needs" : " takes no") + " member");
    }
    amounts.merge(new Key(kind, memberId), amount, Long::sum);
    return this;
  }

  public Posting add(AccountKind kind, long amount) {
    return add(kind, null, amount);
  }

  public Map<Key, Long> nonZero() {
    Map<Key, Long> out = new LinkedHashMap<>();
    amounts.forEach(
        (k, v) -> {
          if (v != 0) {
            out.put(k, v);
          }
        });
    return out;
  }

  public boolean isEmpty() {
    return nonZero().isEmpty();
  }
}
