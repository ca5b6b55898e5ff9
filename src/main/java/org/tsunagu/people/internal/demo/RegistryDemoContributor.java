package org.tsunagu.people.internal.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.bulk.PeopleBulkWriter;
import org.tsunagu.people.bulk.SeededResidents;
import org.tsunagu.people.internal.admin.AreaAdmin;
import org.tsunagu.people.internal.admin.OrganizationAdmin;
import org.tsunagu.people.internal.admin.StaffAccounts;
import org.tsunagu.people.internal.consent.Consents;
import org.tsunagu.people.internal.organization.Organizations;
import org.tsunagu.people.internal.person.PersonRegistry;
import org.tsunagu.people.internal.person.Persons;
import org.tsunagu.platform.demo.DemoActor;
import org.tsunagu.platform.demo.DemoDataContributor;
import org.tsunagu.platform.demo.DemoTownContext;
import org.tsunagu.platform.security.Users;
import org.tsunagu.platform.time.TokyoClock;

/**
 * The registry's part of the demo town (古河市): its areas and organisations, the logins of every role
 * and a few staff of other organisations, and about 500 synthetic residents with their households,
 * relationships and consents, written through the registry's own services by the demo logins at
 * past moments (after the bootstrap of the first organisation and administrator, {@link
 * DemoTownSetUp}). It adds the organisations and logins to the context by name and shares the
 * residents ({@link SeededResidents}) for the modules whose demo data is about them.
 */
@Component
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
public class RegistryDemoContributor implements DemoDataContributor {

  /** First: every other part refers to the registry's organisations, logins and residents. */
  static final int ORDER = 100;

  static final long SEED = 4L;
  static final int RESIDENTS = 500;

  /**
   * The 社協 set Tsunagu up and registered the town this many days before the load, before the
   * earliest consent its residents gave.
   */
  static final int SET_UP_DAYS_AGO = 760;

  private final RegistryDemoServices services;
  private final Users users;
  private final TokyoClock clock;

  public RegistryDemoContributor(
      AreaAdmin areas,
      OrganizationAdmin organizations,
      StaffAccounts accounts,
      PersonRegistry registry,
      Consents consents,
      PeopleApi people,
      Organizations organizationStore,
      Persons persons,
      Users users,
      TokyoClock clock) {
    this.services =
        new RegistryDemoServices(
            areas, organizations, accounts, registry, consents, people, organizationStore, persons);
    this.users = users;
    this.clock = clock;
  }

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
    DemoActor actor = new DemoActor(users, clock);
    DemoTownPlan plan = new DemoTownPlan(TownRow.load("koga.csv"));
    LocalDate setUpDay = context.today().minusDays(SET_UP_DAYS_AGO);
    new DemoTownSetUp(services, actor, plan)
        .run(context, setUpDay.atTime(9, 0).atZone(TokyoClock.ZONE).toInstant());
    SyntheticPeople people = new SyntheticPeople(NameLists.bundled(), SEED, context.today());
    List<SeededResidents.Resident> residents =
        new DemoResidents(services, actor, people, context.today(), plan)
            .register(RESIDENTS, setUpDay);
    context.share(SeededResidents.class, new SeededResidents(residents));
  }
}
