package org.tsunagu.aid.internal.programme;

import java.util.List;
import java.util.Optional;

/** A programme as its organisation runs it: its fee rules, credit rules and menu. */
public record Programme(
    long id,
    long organizationId,
    String organizationName,
    String name,
    boolean active,
    FeeRules fees,
    CreditRules credits,
    List<MenuItem> menu,
    int version) {

  public Optional<MenuItem> item(long menuItemId) {
    return menu.stream().filter(m -> m.id() == menuItemId).findFirst();
  }
}
