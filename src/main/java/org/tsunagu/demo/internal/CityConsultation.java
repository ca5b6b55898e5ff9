package org.tsunagu.demo.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.tsunagu.consultation.bulk.ConsultationBulkWriter;
import org.tsunagu.consultation.bulk.ConsultationIds;
import org.tsunagu.consultation.bulk.ConsultationTable;
import org.tsunagu.people.bulk.PeopleBulkWriter;
import org.tsunagu.platform.demo.IdBlock;
import org.tsunagu.platform.demo.UserBulkWriter;
import org.tsunagu.platform.time.WorkingDays;

/**
 * The consultation part of the city-scale set, written after the registry in the same transaction:
 * staff accounts, windows, cases with their intakes, timelines, plans and referrals, intakes
 * without a case, and case conferences, with the consents, relationships and bases that keep them
 * consistent with the visibility rule.
 */
final class CityConsultation {

  /** Case conferences per 100 cases. */
  static final int CONFERENCES_PER_HUNDRED_CASES = 3;

  /**
   * The logins the benchmark uses: an agency worker of the 包括 with the most open cases, a
   * coordinator of the ward 社協 with the most, and cases the worker's 包括 leads.
   */
  record BenchLogins(
      CityStaff.Member worker, CityStaff.Member coordinator, List<Long> workerCaseIds) {}

  private final PeopleBulkWriter writer;
  private final Connection connection;
  private final LocalDate today;
  private final CityOrganizations orgs;
  private final AreaPlan areas;
  private final List<Integer> districts;
  private final Map<Integer, Integer> wardOfTown;
  private final CityPersons persons;
  private final Consumer<String> progress;

  CityConsultation(
      PeopleBulkWriter writer,
      Connection connection,
      LocalDate today,
      CityOrganizations orgs,
      AreaPlan areas,
      List<Integer> districts,
      Map<Integer, Integer> wardOfTown,
      CityPersons persons,
      Consumer<String> progress) {
    this.writer = writer;
    this.connection = connection;
    this.today = today;
    this.orgs = orgs;
    this.areas = areas;
    this.districts = districts;
    this.wardOfTown = wardOfTown;
    this.persons = persons;
    this.progress = progress;
  }

  BenchLogins generate(CitySize size, String passwordHash, Map<String, Integer> counts)
      throws SQLException {
    Dice dice = new Dice(CityScaleGenerator.SEED + 2, WorkingDays.fromClasspath()::isWorkingDay);
    SyntheticPeople names =
        new SyntheticPeople(NameLists.bundled(), CityScaleGenerator.SEED + 1, today);
    CityStaff staff = new CityStaff(orgs, names, dice);
    UserBulkWriter userWriter = new UserBulkWriter(connection);
    List<UserBulkWriter.User> users =
        staff.rows(
            IdBlock.reserveIds(connection, UserBulkWriter.Table.APP_USER, staff.size()), orgs.plan);
    userWriter.users(users, passwordHash);

    ConsultationBulkWriter consultationWriter = new ConsultationBulkWriter(connection, writer);
    IdBlock windowIds =
        consultationWriter.idBlock(
            ConsultationTable.WINDOW, CityWindows.count(orgs, wardOfTown.size()));
    CityWindows windows = new CityWindows(orgs, areas, districts, wardOfTown, windowIds, dice);
    windowIds.release();

    int otherIntakes = size.cases() / 10;
    int conferences = size.cases() * CONFERENCES_PER_HUNDRED_CASES / 100;
    ConsultationIds ids =
        new ConsultationIds(
            writer, consultationWriter, size.cases(), size.referrals(), otherIntakes, conferences);
    CityContext city =
        new CityContext(
            today,
            dice,
            orgs,
            areas,
            districts,
            persons,
            staff,
            windows,
            ids,
            consultationWriter,
            writer.responseDays());
    city.data.windows.addAll(windows.rows);
    List<CaseFacts> cases = new CityCases(city, progress).generate(size.cases(), size.referrals());
    CityIntakes.withoutCase(city, otherIntakes);
    city.flush();
    new CityConferences(city, cases).generate(cases, conferences);
    city.flush();
    ids.release();
    consultationWriter.continueCaseReferencesAfter(cases.size());
    counts.put("staff", users.size());
    counts.putAll(city.totals());
    return benchLogins(cases, staff);
  }

  private BenchLogins benchLogins(List<CaseFacts> cases, CityStaff staff) {
    Set<Integer> centres = new HashSet<>();
    orgs.houkatsuOfWard.forEach(centres::addAll);
    int busiestCentre = busiest(cases, centres);
    int busiestShakyo = busiest(cases, new HashSet<>(orgs.wardShakyo));
    List<Long> centreCases =
        cases.stream()
            .filter(c -> c.leadOrg() == busiestCentre)
            .map(CaseFacts::id)
            .sorted()
            .limit(2_000)
            .toList();
    return new BenchLogins(
        busiestWorker(cases, busiestCentre, staff),
        busiestWorker(cases, busiestShakyo, staff),
        centreCases);
  }

  /** The organisation among {@code candidates} leading the most open cases. */
  private static int busiest(List<CaseFacts> cases, Set<Integer> candidates) {
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

  private static CityStaff.Member busiestWorker(List<CaseFacts> cases, int org, CityStaff staff) {
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
