package org.tsunagu.people.internal.demo.city;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tsunagu.people.bulk.CityAreas;
import org.tsunagu.people.bulk.CityOrganizations;
import org.tsunagu.people.bulk.CityPersons;
import org.tsunagu.people.bulk.CityStaff;
import org.tsunagu.people.bulk.PeopleBulkWriter;
import org.tsunagu.people.bulk.PeopleTable;
import org.tsunagu.people.internal.demo.NameLists;
import org.tsunagu.people.internal.demo.SyntheticPeople;
import org.tsunagu.platform.demo.CityScaleContext;
import org.tsunagu.platform.demo.CityScaleContext.BenchmarkRole;
import org.tsunagu.platform.demo.CityScaleContributor;
import org.tsunagu.platform.demo.IdBlock;
import org.tsunagu.platform.demo.UserBulkWriter;

/**
 * The registry's part of the city-scale set (横浜市): areas, organisations, persons with their
 * households and relationships, and the staff accounts of the organisations, with the benchmark's
 * login {@code bench}, a coordinator of the city 社協 who sees everyone. It shares the areas,
 * organisations, persons and staff ({@code people.bulk}'s {@code City*}) for the modules whose data
 * is about them.
 */
@Component
public class RegistryCityContributor implements CityScaleContributor {

  /** First: every other part refers to the registry's organisations, staff and persons. */
  static final int ORDER = 100;

  static final String BENCH_USER = "bench";

  @Override
  public int order() {
    return ORDER;
  }

  @Override
  public boolean holdsData(Connection connection) throws SQLException {
    PeopleBulkWriter writer = new PeopleBulkWriter(connection);
    writer.lockForSeeding();
    return writer.hasPersons();
  }

  @Override
  public void writeCityScale(CityScaleContext context) throws SQLException {
    PeopleBulkWriter writer = new PeopleBulkWriter(context.connection());
    CityRegistryPlan plan = new CityRegistryPlan();
    writer.areas(plan.areas.rows(writer.reserveIds(PeopleTable.AREA, plan.areas.size())));
    context.count("areas", plan.areas.size());
    CityOrganizationPlanner orgs = plan.orgs;
    writer.organizations(
        orgs.plan.rows(writer.reserveIds(PeopleTable.ORGANIZATION, orgs.plan.size()), plan.areas));
    context.count("organizations", orgs.plan.size());
    context.progress("areas and organisations written " + context.counts());
    SyntheticPeople people =
        new SyntheticPeople(NameLists.bundled(), context.seed(), context.today());
    CityPersons persons = new CityResidents(writer, people, plan, context).write();
    CityStaff staff = writeStaff(context, orgs);
    context.share(CityAreas.class, plan.publishedAreas());
    context.share(CityOrganizations.class, orgs.published());
    context.share(CityPersons.class, persons);
    context.share(CityStaff.class, staff);
  }

  /** The staff accounts, drawn after the persons, then the benchmark's login. */
  private static CityStaff writeStaff(CityScaleContext context, CityOrganizationPlanner orgs)
      throws SQLException {
    SyntheticPeople names =
        new SyntheticPeople(NameLists.bundled(), context.seed() + 1, context.today());
    CityStaffPlanner staff = new CityStaffPlanner(orgs, names, context.dice());
    Connection connection = context.connection();
    List<UserBulkWriter.User> users =
        staff.rows(
            IdBlock.reserveIds(connection, UserBulkWriter.Table.APP_USER, staff.size()), orgs);
    UserBulkWriter writer = new UserBulkWriter(connection);
    writer.users(users, context.passwordHash());
    long bench =
        writer.user(
            BENCH_USER,
            context.passwordHash(),
            "ベンチ 計測",
            orgs.plan.id(orgs.cityShakyo),
            "COORDINATOR");
    context.benchmarkLogin(BenchmarkRole.SEES_EVERYONE, bench, BENCH_USER);
    context.count("staff", users.size());
    context.count("users", users.size() + 1);
    return staff.published();
  }

  @Override
  public void analyse(Connection connection) throws SQLException {
    new PeopleBulkWriter(connection).vacuumAnalyze();
  }
}
