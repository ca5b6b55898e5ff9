package org.tsunagu.people.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tsunagu.platform.demo.Dice;

/**
 * The staff accounts of the city-scale set as the registry wrote them, by organisation (its index
 * in {@link CityOrganizations}), for the modules whose records they work on.
 */
public final class CityStaff {

  /** A staff account of the organisation {@code org}. */
  public record Member(long id, String username, String displayName, int org, String role) {}

  private final Map<Integer, List<Member>> byOrg = new HashMap<>();

  public CityStaff(List<Member> members) {
    for (Member member : members) {
      byOrg.computeIfAbsent(member.org(), o -> new ArrayList<>()).add(member);
    }
  }

  /** The organisation's staff, in order; empty for organisations without accounts. */
  public List<Member> of(int org) {
    return byOrg.getOrDefault(org, List.of());
  }

  public Member pick(int org, Dice dice) {
    return dice.pick(of(org));
  }
}
