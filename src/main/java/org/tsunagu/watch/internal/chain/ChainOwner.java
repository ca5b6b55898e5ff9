package org.tsunagu.watch.internal.chain;

import java.util.Map;

/**
 * What a chain belongs to, as far as checking it needs: the desk of the agreement (for an
 * agreement's chain, or a target's under an agreement) and the target's contacts (for a target's
 * own chain).
 */
public record ChainOwner(Desk desk, Map<Long, Contact> contacts) {

  public record Desk(long organizationId, String name, String email) {}

  public record Contact(String name, String email) {}

  public static ChainOwner agreement(Desk desk) {
    return new ChainOwner(desk, Map.of());
  }
}
