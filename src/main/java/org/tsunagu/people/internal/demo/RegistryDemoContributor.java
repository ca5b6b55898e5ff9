package org.tsunagu.people.internal.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.tsunagu.people.bulk.PeopleBulkWriter;
import org.tsunagu.people.bulk.PeopleTable;
import org.tsunagu.people.bulk.SeededResidents;
import org.tsunagu.platform.demo.DemoDataContributor;
import org.tsunagu.platform.demo.DemoTownContext;
import org.tsunagu.platform.demo.UserBulkWriter;

/**
 * The registry's part of the demo town (古河市): its areas and organisations, the logins of every role
 * and a few staff of other organisations, and about 500 synthetic residents with their households,
 * relationships and consents. It adds the organisations and logins to the context by name and
 * shares the residents ({@link SeededResidents}) for the modules whose demo data is about them.
 */
@Component
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
public class RegistryDemoContributor implements DemoDataContributor {

  /** First: every other part refers to the registry's organisations, logins and residents. */
  static final int ORDER = 100;

  static final long SEED = 4L;
  static final int RESIDENTS = 500;

  @Override
  public int order() {
    return ORDER;
  }

  /** Locks the organisations, so that two nodes starting together load the town once. */
  @Override
  public boolean holdsData(Connection connection) throws SQLException {
    PeopleBulkWriter writer = new PeopleBulkWriter(connection);
    writer.lockForSeeding();
    return writer.hasOrganizations();
  }

  @Override
  public void writeDemoTown(DemoTownContext context) throws SQLException {
    PeopleBulkWriter writer = new PeopleBulkWriter(context.connection());
    SyntheticPeople people = new SyntheticPeople(NameLists.bundled(), SEED, context.today());
    DemoTownPlan plan = new DemoTownPlan(TownRow.load("koga.csv"));
    writer.areas(plan.areas.rows(writer.reserveIds(PeopleTable.AREA, plan.areas.size())));
    writer.organizations(
        plan.orgs.rows(writer.reserveIds(PeopleTable.ORGANIZATION, plan.orgs.size()), plan.areas));
    plan.organizationIds().forEach(context::addOrganization);
    Map<String, DemoTownContext.Login> logins =
        DemoTownLogins.write(
            new UserBulkWriter(context.connection()), context.passwordHash(), plan::orgId);
    logins.forEach(context::addLogin);
    List<SeededResidents.Resident> residents =
        new DemoResidents(writer, people, context.today(), plan)
            .write(RESIDENTS, logins.get("coordinator").id());
    context.share(SeededResidents.class, new SeededResidents(residents));
  }
}
