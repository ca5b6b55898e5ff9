package org.tsunagu.aid.internal.demo.city;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
    ledgerTriggers(connection, false);
    for (CityProgramme p : all) {
      if (p.supporterPersons.isEmpty() || p.recipientPersons.isEmpty()) {
        continue;
      }
      members.write(p, joined, insuredUntil);
      visits += history.write(p, first, unsettled);
      memberCount += p.supporterPersons.size() + p.recipientPersons.size();
      closeMonths(connection, p, first, unsettled);
    }
    ledgerTriggers(connection, true);
    check(connection);
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

  private static void ledgerTriggers(Connection connection, boolean on) throws SQLException {
    try (Statement s = connection.createStatement()) {
      String verb = on ? "ENABLE" : "DISABLE";
      s.execute("ALTER TABLE aid.journal " + verb + " TRIGGER USER");
      s.execute("ALTER TABLE aid.entry " + verb + " TRIGGER USER");
    }
  }

  private static void closeMonths(
      Connection connection, CityProgramme p, YearMonth first, YearMonth unsettled)
      throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO aid.closed_month (programme_id, month, closed_at, closed_by) SELECT ?, m,"
                + " m + interval '1 month 10 hours', ? FROM generate_series(?::date, ?::date,"
                + " interval '1 month') m;"
                + " INSERT INTO aid.settlement (programme_id, month, status, done_items,"
                + " total_items, started_at, finished_at, started_by) SELECT ?, j.month, 'CLOSED',"
                + " count(*), count(*), j.month + interval '1 month 10 hours', j.month + interval"
                + " '1 month 10 hours', ? FROM aid.journal j WHERE j.programme_id = ? GROUP BY"
                + " j.month")) {
      ps.setLong(1, p.id);
      ps.setLong(2, p.staffId);
      ps.setObject(3, first.atDay(1));
      ps.setObject(4, unsettled.minusMonths(1).atDay(1));
      ps.setLong(5, p.id);
      ps.setLong(6, p.staffId);
      ps.setLong(7, p.id);
      ps.execute();
    }
  }

  /**
   * What the ledger's triggers would have refused: a journal off balance, a balance off its
   * entries.
   */
  private static void check(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT (SELECT count(*) FROM (SELECT e.journal_id FROM aid.entry e JOIN"
                    + " aid.account a ON a.id = e.account_id GROUP BY e.journal_id, a.unit HAVING"
                    + " sum(e.amount) <> 0) x) + (SELECT count(*) FROM aid.account a WHERE"
                    + " a.balance <> coalesce((SELECT sum(amount) FROM aid.entry e WHERE"
                    + " e.account_id = a.id), 0))")) {
      rs.next();
      if (rs.getLong(1) != 0) {
        throw new IllegalStateException("the generated ledger does not balance: " + rs.getLong(1));
      }
    }
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
