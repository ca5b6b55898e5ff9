package org.tsunagu.consultation.internal.demo.city;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tsunagu.people.bulk.CityOrganizations;
import org.tsunagu.people.bulk.CityStaff;
import org.tsunagu.platform.demo.CityScaleContext;
import org.tsunagu.platform.demo.CityScaleContext.BenchmarkRole;

/**
 * The logins the benchmark works cases as: an agency worker of the 包括 with the most open cases, a
 * coordinator of the ward 社協 with the most, and up to 2,000 cases the worker's 包括 leads.
 */
final class BusiestLogins {

  private final CityOrganizations orgs;
  private final CityStaff staff;
  private final List<CaseFacts> cases;

  BusiestLogins(CityOrganizations orgs, CityStaff staff, List<CaseFacts> cases) {
    this.orgs = orgs;
    this.staff = staff;
    this.cases = cases;
  }

  void publish(CityScaleContext context) {
    Set<Integer> centres = new HashSet<>();
    Set<Integer> wardShakyo = new HashSet<>();
    for (CityOrganizations.Ward ward : orgs.wards()) {
      centres.addAll(ward.houkatsu());
      wardShakyo.add(ward.shakyo());
    }
    int busiestCentre = busiest(centres);
    CityStaff.Member worker = busiestWorker(busiestCentre);
    CityStaff.Member coordinator = busiestWorker(busiest(wardShakyo));
    context.benchmarkLogin(BenchmarkRole.BUSIEST_AGENCY_WORKER, worker.id(), worker.username());
    context.benchmarkLogin(
        BenchmarkRole.BUSIEST_COORDINATOR, coordinator.id(), coordinator.username());
    context.benchmarkCases(
        cases.stream()
            .filter(c -> c.leadOrg() == busiestCentre)
            .map(CaseFacts::id)
            .sorted()
            .limit(2_000)
            .toList());
  }

  /** The organisation among {@code candidates} leading the most open cases. */
  private int busiest(Set<Integer> candidates) {
    Map<Integer, Integer> open = new HashMap<>();
    for (CaseFacts c : cases) {
      if (c.open() && candidates.contains(c.leadOrg())) {
        open.merge(c.leadOrg(), 1, Integer::sum);
      }
    }
    return candidates.stream()
        .sorted()
        .max(Comparator.comparing((Integer org) -> open.getOrDefault(org, 0)))
        .orElseThrow();
  }

  private CityStaff.Member busiestWorker(int org) {
    Map<Long, Integer> open = new HashMap<>();
    for (CaseFacts c : cases) {
      if (c.open() && c.leadOrg() == org) {
        open.merge(c.leadWorkerId(), 1, Integer::sum);
      }
    }
    return staff.of(org).stream()
        .max(Comparator.comparing((CityStaff.Member m) -> open.getOrDefault(m.id(), 0)))
        .orElseThrow();
  }
}
