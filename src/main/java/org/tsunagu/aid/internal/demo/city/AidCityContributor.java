package org.tsunagu.aid.internal.demo.city;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tsunagu.people.bulk.CityAreas;
import org.tsunagu.people.bulk.CityOrganizations;
import org.tsunagu.people.bulk.CityPersons;
import org.tsunagu.people.bulk.CityStaff;
import org.tsunagu.platform.demo.CityScaleContext;
import org.tsunagu.platform.demo.CityScaleContributor;
import org.tsunagu.platform.demo.SeedLock;

/**
 * Mutual aid's part of the city-scale set: a 住民参加型 programme per ward 社協 and a くらしの助け合い per co-op;
 * the supporters (50,000 at full size) split three to two between them, one in four of the elderly
 * living alone a recipient; a year of visits (about a million), every month but the last settled
 * and closed in the ledger; and a week of open requests ahead for the busiest programme. The
 * ledger's rows are computed as settlement computes them and copied with its triggers off, then
 * checked as the triggers would: every journal balances, every balance is its entries' sum.
 */
@Component
class AidCityContributor implements CityScaleContributor {

  static final int ORDER = 450;

  /** Open requests next week per supporter in the set: 5,000 at full size. */
  static final int SUPPORTERS_PER_OPEN_REQUEST = 10;

  @Override
  public int order() {
    return ORDER;
  }

  @Override
  public boolean holdsData(Connection connection) throws SQLException {
    return SeedLock.holdsData(connection, "aid.programme");
  }

  @Override
  public void writeCityScale(CityScaleContext context) throws SQLException {
    Connection connection = context.connection();
    CityOrganizations orgs = context.shared(CityOrganizations.class);
    CityPersons persons = context.shared(CityPersons.class);
    CityStaff staff = context.shared(CityStaff.class);
    CityAreas areas = context.shared(CityAreas.class);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(9));
    YearMonth unsettled = YearMonth.from(now).minusMonths(1);
    YearMonth first = unsettled.minusMonths(11);
    OffsetDateTime joined = first.atDay(1).minusMonths(1).atTime(10, 0).atOffset(now.getOffset());
    LocalDate insuredUntil = insuranceEnd(now.toLocalDate());

    CityProgrammes writer = new CityProgrammes(connection);
    List<CityProgramme> byWard = new ArrayList<>();
    Map<Integer, CityProgramme> byCoop = new LinkedHashMap<>();
    for (int w = 0; w < orgs.wards().size(); w++) {
      CityOrganizations.Ward ward = orgs.ward(w);
      byWard.add(
          writer.shakyo(
              orgs.id(ward.shakyo()),
              "ふれあいサービス " + areas.wardName(w),
              staff.pick(ward.shakyo(), context.dice()).id(),
              joined));
      if (!byCoop.containsKey(ward.coop())) {
        byCoop.put(
            ward.coop(),
            writer.coop(
                orgs.id(ward.coop()),
                "くらしの助け合いの会",
                staff.pick(ward.coop(), context.dice()).id(),
                joined));
      }
    }
    int supporters = persons.supporters();
    for (int k = 0; k < supporters; k++) {
      int i = persons.elderlyAlone() + k;
      int w = persons.ward(i);
      (k % 5 < 3 ? byWard.get(w) : byCoop.get(orgs.ward(w).coop())).supporterPersons.add(i);
    }
    for (int i = 0; i < persons.elderlyAlone(); i += 4) {
      int w = persons.ward(i);
      ((i / 4) % 5 < 3 ? byWard.get(w) : byCoop.get(orgs.ward(w).coop())).recipientPersons.add(i);
    }
    List<CityProgramme> all = new ArrayList<>(byWard);
    all.addAll(byCoop.values());
    CityMembers members = new CityMembers(connection, persons, areas, context.dice());
    CityHistory history = new CityHistory(connection, persons, context.dice());
    int visits = 0;
    int memberCount = 0;
    CityLedgerRules.triggers(connection, false);
    for (CityProgramme p : all) {
      if (p.supporterPersons.isEmpty() || p.recipientPersons.isEmpty()) {
        continue;
      }
      members.write(p, joined, insuredUntil);
      visits += history.write(p, first, unsettled);
      memberCount += p.supporterPersons.size() + p.recipientPersons.size();
      CityLedgerRules.closeMonths(connection, p, first, unsettled);
    }
    CityLedgerRules.triggers(connection, true);
    CityLedgerRules.check(connection);
    placeSupporters(connection);
    CityProgramme busiest =
        byCoop.values().stream()
            .max(java.util.Comparator.comparingInt(p -> p.recipientPersons.size()))
            .orElseThrow();
    int open = Math.max(1, supporters / SUPPORTERS_PER_OPEN_REQUEST);
    new CityOpenWeek(connection, context.dice()).write(busiest, open, now);
    context.count("aid programmes", all.size());
    context.count("aid members", memberCount);
    context.count("aid visit reports", visits);
    context.count("aid open requests next week", open);
    context.progress("mutual aid written " + context.counts());
  }

  private static LocalDate insuranceEnd(LocalDate today) {
    int year = today.getMonthValue() >= 4 ? today.getYear() + 1 : today.getYear();
    return LocalDate.of(year, 3, 31);
  }

  private static void placeSupporters(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(
          "UPDATE aid.supporter s SET latitude = a.latitude, longitude = a.longitude FROM"
              + " aid.member m JOIN people.area_place a ON a.id = m.area_id WHERE m.id ="
              + " s.member_id");
    }
  }

  @Override
  public void analyse(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (String table :
          List.of(
              "member",
              "supporter",
              "supporter_skill",
              "supporter_area",
              "availability",
              "help_request",
              "assignment",
              "activity_report",
              "account",
              "journal",
              "entry")) {
        s.execute("VACUUM (ANALYZE) aid." + table);
      }
    }
  }
}
