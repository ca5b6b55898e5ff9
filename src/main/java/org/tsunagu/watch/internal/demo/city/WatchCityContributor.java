package org.tsunagu.watch.internal.demo.city;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tsunagu.people.AccessGround;
import org.tsunagu.people.bulk.CityOrganizations;
import org.tsunagu.people.bulk.CityPersons;
import org.tsunagu.people.bulk.CityStaff;
import org.tsunagu.people.bulk.PeopleBulkWriter;
import org.tsunagu.people.bulk.PeopleRows;
import org.tsunagu.people.bulk.PeopleTable;
import org.tsunagu.platform.demo.CityScaleContext;
import org.tsunagu.platform.demo.CityScaleContributor;
import org.tsunagu.platform.demo.IdBlock;
import org.tsunagu.platform.demo.SeedLock;
import org.tsunagu.platform.demo.UserBulkWriter;
import org.tsunagu.watch.internal.target.Schedule;

/**
 * Watch-over's part of the city-scale set: every person aged 65+ living alone (200,000 at full
 * size) watched by their ward's 社協 under the ward co-op's agreement with the city, on a consent to
 * the programme, visited daily by one of the co-op's drivers (40 households a driver, between 9:00
 * and 17:00, two hours' grace), and one in 200 with an alert open at its first step.
 */
@Component
class WatchCityContributor implements CityScaleContributor {

  static final int ORDER = 400;
  static final int HOUSEHOLDS_PER_DRIVER = 40;
  static final int ALERT_EVERY = 200;

  @Override
  public int order() {
    return ORDER;
  }

  @Override
  public boolean holdsData(Connection connection) throws SQLException {
    return SeedLock.holdsData(connection, "watch.target");
  }

  @Override
  public void writeCityScale(CityScaleContext context) throws SQLException {
    Connection connection = context.connection();
    CityOrganizations orgs = context.shared(CityOrganizations.class);
    CityPersons persons = context.shared(CityPersons.class);
    CityStaff staff = context.shared(CityStaff.class);
    PeopleBulkWriter registry = new PeopleBulkWriter(connection);
    WatchBulkWriter writer = new WatchBulkWriter(connection);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(9));
    OffsetDateTime registered = now.minusMonths(6);
    int targets = persons.elderlyAlone();
    int wards = orgs.wards().size();

    long[] agreements = new long[wards];
    for (int w = 0; w < wards; w++) {
      CityOrganizations.Ward ward = orgs.ward(w);
      long by = staff.pick(ward.shakyo(), context.dice()).id();
      agreements[w] =
          writer.agreement(
              orgs.id(ward.coop()),
              orgs.id(orgs.cityOffice()),
              "見守り協定 " + orgs.name(ward.coop()) + " 第" + (w + 1) + "区",
              registered,
              by);
      writer.step(agreements[w], 1, orgs.id(ward.coop()), "mimamori@coop.example.jp", 15);
      writer.step(agreements[w], 2, null, "koureifukushi@city.example.jp", 30);
      writer.step(agreements[w], 3, orgs.id(ward.houkatsu().get(0)), "houkatsu@example.jp", 60);
      writer.step(agreements[w], 4, orgs.id(ward.shakyo()), "shakyo@example.jp", 60);
    }

    int[] perWard = new int[wards];
    for (int i = 0; i < targets; i++) {
      perWard[persons.ward(i)]++;
    }
    List<UserBulkWriter.User> drivers = new ArrayList<>();
    int totalDrivers = 0;
    for (int w = 0; w < wards; w++) {
      totalDrivers += (perWard[w] + HOUSEHOLDS_PER_DRIVER - 1) / HOUSEHOLDS_PER_DRIVER;
    }
    long firstDriver = IdBlock.reserveIds(connection, UserBulkWriter.Table.APP_USER, totalDrivers);
    long[] wardFirstDriver = new long[wards];
    long next = firstDriver;
    for (int w = 0; w < wards; w++) {
      wardFirstDriver[w] = next;
      int n = (perWard[w] + HOUSEHOLDS_PER_DRIVER - 1) / HOUSEHOLDS_PER_DRIVER;
      for (int d = 0; d < n; d++, next++) {
        drivers.add(
            new UserBulkWriter.User(
                next,
                "y-driver-%02d-%03d".formatted(w + 1, d + 1),
                "配達員 %02d-%03d".formatted(w + 1, d + 1),
                orgs.id(orgs.ward(w).coop()),
                "DELIVERY_STAFF"));
      }
    }
    new UserBulkWriter(connection).users(drivers, context.passwordHash());

    long firstTarget = IdBlock.reserveIds(connection, WatchTable.TARGET, targets);
    long firstExpected = IdBlock.reserveIds(connection, WatchTable.EXPECTED_CONTACT, targets);
    long firstConsent = registry.reserveIds(PeopleTable.CONSENT, targets);
    long firstRelationship = registry.reserveIds(PeopleTable.RELATIONSHIP, 2 * targets);
    List<PeopleRows.SharingConsent> consents = new ArrayList<>(targets);
    List<PeopleRows.DatedRelationship> relationships = new ArrayList<>(2 * targets);
    List<WatchBulkWriter.Target> rows = new ArrayList<>(targets);
    List<WatchBulkWriter.Link> links = new ArrayList<>(2 * targets);
    List<WatchBulkWriter.Watcher> watchers = new ArrayList<>(targets);
    List<WatchBulkWriter.Expected> expected = new ArrayList<>(targets);
    int[] seen = new int[wards];
    for (int i = 0; i < targets; i++) {
      int w = persons.ward(i);
      CityOrganizations.Ward ward = orgs.ward(w);
      long shakyo = orgs.id(ward.shakyo());
      long coop = orgs.id(ward.coop());
      long person = persons.id(i);
      long target = firstTarget + i;
      long consent = firstConsent + i;
      CityStaff.Member by = staff.pick(ward.shakyo(), context.dice());
      consents.add(
          new PeopleRows.SharingConsent(
              consent,
              person,
              shakyo,
              null,
              null,
              "WRITTEN",
              registered.toLocalDate(),
              null,
              by.id(),
              shakyo,
              registered));
      for (int k = 0; k < 2; k++) {
        long org = k == 0 ? shakyo : coop;
        long rel = firstRelationship + 2L * i + k;
        relationships.add(
            new PeopleRows.DatedRelationship(
                rel,
                person,
                org,
                "WATCH",
                "watch_target:" + target,
                AccessGround.consent(consent),
                registered,
                null,
                null));
        links.add(new WatchBulkWriter.Link(target, rel, org));
      }
      rows.add(
          new WatchBulkWriter.Target(
              target, person, shakyo, agreements[w], consent, registered, by.id()));
      int slot = seen[w]++;
      long driver = wardFirstDriver[w] + slot / HOUSEHOLDS_PER_DRIVER;
      watchers.add(new WatchBulkWriter.Watcher(target, driver));
      LocalTime at = LocalTime.of(9, 0).plusMinutes(12L * (slot % HOUSEHOLDS_PER_DRIVER));
      Schedule schedule = new Schedule(null, at, 120);
      var nextAt = schedule.nextAfter(now.toInstant());
      expected.add(
          new WatchBulkWriter.Expected(
              firstExpected + i,
              target,
              at,
              driver,
              nextAt.atOffset(ZoneOffset.ofHours(9)),
              schedule.deadline(nextAt).atOffset(ZoneOffset.ofHours(9))));
    }
    registry.consents("WATCH", consents);
    registry.datedRelationships(relationships);
    writer.targets(rows);
    writer.links(links);
    writer.watchers(watchers);
    writer.expected(expected);
    int alerts = writer.openAlerts(ALERT_EVERY, now, 5);
    context.count("watch agreements", wards);
    context.count("watch drivers", drivers.size());
    context.count("watch targets", targets);
    context.count("watch open alerts", alerts);
    context.progress("watch-over written " + context.counts());
  }

  @Override
  public void analyse(Connection connection) throws SQLException {
    new WatchBulkWriter(connection).vacuumAnalyze();
  }
}
