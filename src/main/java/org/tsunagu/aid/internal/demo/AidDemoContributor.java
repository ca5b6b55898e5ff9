package org.tsunagu.aid.internal.demo;

import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.tsunagu.aid.internal.ledger.Ledger;
import org.tsunagu.aid.internal.matching.Assignments;
import org.tsunagu.aid.internal.matching.Matching;
import org.tsunagu.aid.internal.member.Members;
import org.tsunagu.aid.internal.member.Preferences;
import org.tsunagu.aid.internal.money.AnnualFees;
import org.tsunagu.aid.internal.money.Payments;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.aid.internal.report.ActivityReports;
import org.tsunagu.aid.internal.request.RequestCancelling;
import org.tsunagu.aid.internal.request.RequestTaking;
import org.tsunagu.aid.internal.settlement.Settlements;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.demo.DemoActor;
import org.tsunagu.platform.demo.DemoDataContributor;
import org.tsunagu.platform.demo.DemoTownContext;
import org.tsunagu.platform.demo.SeedLock;
import org.tsunagu.platform.security.Users;
import org.tsunagu.platform.time.TokyoClock;

/**
 * Mutual aid's part of the demo town, through the module's services by the demo logins at past
 * moments: the 社協's 住民参加型 service and the co-op's くらしの助け合い, their supporters and recipients across
 * 古河市, last month's visits reported and settled, the annual fee billed and half the members settled
 * up, and this week's requests, some matched.
 */
@Component
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
class AidDemoContributor implements DemoDataContributor {

  /** After the registry's residents and logins, and consultation (intakes from reports). */
  static final int ORDER = 450;

  private final AidDemoServices services;
  private final AidDemoMoney money;
  private final Users users;
  private final TokyoClock clock;

  AidDemoContributor(
      Programmes programmes,
      Members members,
      Preferences preferences,
      RequestTaking requests,
      RequestCancelling cancelling,
      Matching matching,
      Assignments assignments,
      ActivityReports reports,
      Settlements settlements,
      PeopleApi people,
      AnnualFees fees,
      Payments payments,
      Ledger ledger,
      Users users,
      TokyoClock clock) {
    this.services =
        new AidDemoServices(
            programmes,
            members,
            preferences,
            requests,
            cancelling,
            matching,
            assignments,
            reports,
            settlements,
            people);
    this.money = new AidDemoMoney(fees, payments, ledger);
    this.users = users;
    this.clock = clock;
  }

  @Override
  public int order() {
    return ORDER;
  }

  @Override
  public boolean holdsData(Connection connection) throws SQLException {
    return SeedLock.holdsData(connection, "aid.programme");
  }

  @Override
  public void writeDemoTown(DemoTownContext context) {
    DemoActor actor = new DemoActor(users, clock);
    AidDemoTown town = new AidDemoTown(context, actor, services, clock.instant());
    for (AidDemoTown.Scheme scheme : town.schemes()) {
      AidDemoActivity activity =
          new AidDemoActivity(context, actor, services, clock.instant(), scheme);
      activity.lastMonth();
      money.settleUp(actor, clock.instant(), scheme);
      activity.thisWeek();
    }
  }
}
