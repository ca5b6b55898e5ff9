package org.tsunagu.watch.internal.demo;

import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.tsunagu.people.AreaLevel;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.demo.DemoActor;
import org.tsunagu.platform.demo.DemoDataContributor;
import org.tsunagu.platform.demo.DemoTownContext;
import org.tsunagu.platform.demo.SeedLock;
import org.tsunagu.platform.security.Users;
import org.tsunagu.platform.time.TokyoClock;
import org.tsunagu.watch.internal.agreement.Agreements;
import org.tsunagu.watch.internal.alert.AlertActions;
import org.tsunagu.watch.internal.alert.EscalationTicker;
import org.tsunagu.watch.internal.alert.MissedContacts;
import org.tsunagu.watch.internal.campaign.CampaignQueries;
import org.tsunagu.watch.internal.campaign.Campaigns;
import org.tsunagu.watch.internal.campaign.SafetyChecks;
import org.tsunagu.watch.internal.disaster.DisasterRegistry;
import org.tsunagu.watch.internal.report.CheckIns;
import org.tsunagu.watch.internal.report.Observations;
import org.tsunagu.watch.internal.target.TargetRegistration;

/**
 * Watch-over's part of the demo town, written through the module's services by the demo logins at
 * past moments: the co-op's 見守り協定 with 古河市 and its chain, two dozen residents living alone watched
 * by the co-op's driver and the 民生委員 with weeks of deliveries behind them, today's route, one alert
 * half-way up its chain and one closed with its outcome.
 */
@Component
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
class WatchDemoContributor implements DemoDataContributor {

  /** After the registry's residents and logins. */
  static final int ORDER = 400;

  private final WatchDemoServices services;
  private final PeopleApi people;
  private final Users users;
  private final TokyoClock clock;

  WatchDemoContributor(
      Agreements agreements,
      TargetRegistration registration,
      CheckIns checkIns,
      Observations observations,
      MissedContacts missed,
      EscalationTicker escalation,
      AlertActions alerts,
      DisasterRegistry registry,
      Campaigns campaigns,
      CampaignQueries campaignQueries,
      SafetyChecks checks,
      PeopleApi people,
      Users users,
      TokyoClock clock) {
    this.services =
        new WatchDemoServices(
            agreements,
            registration,
            checkIns,
            observations,
            missed,
            escalation,
            alerts,
            registry,
            campaigns,
            campaignQueries,
            checks);
    this.people = people;
    this.users = users;
    this.clock = clock;
  }

  @Override
  public int order() {
    return ORDER;
  }

  @Override
  public boolean holdsData(Connection connection) throws SQLException {
    return SeedLock.holdsData(connection, "watch.agreement");
  }

  @Override
  public void writeDemoTown(DemoTownContext context) {
    DemoActor actor = new DemoActor(users, clock);
    WatchDemoTown town = new WatchDemoTown(context, actor, services, clock.instant());
    long agreement = town.agreement();
    var targets = town.targets(agreement);
    WatchDemoHistory history = new WatchDemoHistory(context, actor, services, clock.instant());
    history.history(targets);
    history.openAlert(targets);
    WatchDemoDisaster disaster = new WatchDemoDisaster(context, actor, services);
    disaster.registry();
    disaster.pastCampaign(people.areasDownTo(AreaLevel.MUNICIPALITY).get(0).id());
  }
}
