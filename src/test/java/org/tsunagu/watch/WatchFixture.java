package org.tsunagu.watch;

import static org.tsunagu.support.TestData.asUser;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tsunagu.people.ConsentRequest;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.TestData;
import org.tsunagu.watch.internal.agreement.AgreementInput;
import org.tsunagu.watch.internal.agreement.Agreements;
import org.tsunagu.watch.internal.chain.StepInput;
import org.tsunagu.watch.internal.target.TargetInput;
import org.tsunagu.watch.internal.target.TargetRegistration;

/**
 * A watch network of its own for each test: a 社協 that registers the watched, a co-op whose driver
 * calls on them under an agreement with a city, a 包括, and their staff.
 */
@TestComponent
public class WatchFixture {

  /** One test's organisations, users and agreement. */
  public record Network(
      long shakyo,
      long coop,
      long city,
      long houkatsu,
      CurrentUser admin,
      CurrentUser coordinator,
      CurrentUser driver,
      CurrentUser coopStaff,
      CurrentUser municipal,
      CurrentUser agency,
      CurrentUser watcher,
      long agreement) {

    /** The same network with another agreement. */
    public Network withAgreement(long other) {
      return new Network(
          shakyo,
          coop,
          city,
          houkatsu,
          admin,
          coordinator,
          driver,
          coopStaff,
          municipal,
          agency,
          watcher,
          other);
    }
  }

  private final TestData data;
  private final Agreements agreements;
  private final TargetRegistration registration;
  private final JdbcClient jdbc;

  WatchFixture(
      TestData data, Agreements agreements, TargetRegistration registration, JdbcClient jdbc) {
    this.data = data;
    this.agreements = agreements;
    this.registration = registration;
    this.jdbc = jdbc;
  }

  /** A network whose agreement's chain is: co-op office, 包括, then the 民生委員 (no office hours). */
  public Network network() {
    long shakyo = data.organization(OrganizationType.SHAKYO);
    long coop = data.organization(OrganizationType.COOP);
    long city = data.organization(OrganizationType.MUNICIPALITY);
    long houkatsu = data.organization(OrganizationType.COMMUNITY_CARE_CENTER);
    CurrentUser admin = data.user(shakyo, Role.ADMIN);
    CurrentUser watcher = data.user(shakyo, Role.WATCHER);
    List<StepInput> chain =
        List.of(
            step("ORGANIZATION", coop, null, "office@coop.example.jp", 15),
            step("ORGANIZATION", houkatsu, null, "houkatsu@example.jp", 30),
            step("USER", null, watcher.id(), "minsei@example.jp", 60));
    long agreement = agreements(admin, coop, city, null, chain);
    return new Network(
        shakyo,
        coop,
        city,
        houkatsu,
        admin,
        data.user(shakyo, Role.COORDINATOR),
        data.user(coop, Role.DELIVERY_STAFF),
        data.user(coop, Role.COOP_STAFF),
        data.user(city, Role.MUNICIPAL_OFFICER),
        data.user(houkatsu, Role.AGENCY_WORKER),
        watcher,
        agreement);
  }

  public long agreements(
      CurrentUser admin, long coop, long city, Long area, List<StepInput> chain) {
    return asUser(
        admin,
        () ->
            agreements.create(
                admin,
                new AgreementInput(
                    coop,
                    city,
                    area,
                    TestData.unique("協定"),
                    "市 高齢福祉係",
                    "desk@city.example.jp",
                    "0280-00-0000",
                    "08:30",
                    "17:15",
                    "2024-04-01",
                    chain)));
  }

  public static StepInput step(String kind, Long org, Long user, String email, int minutes) {
    return new StepInput(kind, org, user, null, null, email, minutes, false);
  }

  /** A resident the 社協 registered, watched on the network's agreement by its driver. */
  public long target(Network n) {
    return target(n, null, LocalTime.of(14, 0));
  }

  public long target(Network n, Long town, LocalTime deliveryTime) {
    var person = TestData.person("見守", "花子", "ミマモリ", "ハナコ", "1938-05-01");
    long personId =
        data.register(
            n.coordinator(),
            town == null ? person : TestData.inHousehold(person, town, TestData.unique("h")));
    return register(
        n,
        personId,
        deliveryTime,
        List.of(new TargetInput.WatcherInput(n.driver().id(), "DELIVERY")));
  }

  public long register(
      Network n, long personId, LocalTime deliveryTime, List<TargetInput.WatcherInput> watchers) {
    TargetInput in =
        new TargetInput(
            personId,
            n.agreement(),
            consent(),
            "隣家",
            null,
            null,
            "犬がいます",
            List.of(
                new TargetInput.ContactInput(
                    "FAMILY", "長女", "長女", "daughter@example.jp", null, true)),
            watchers,
            List.of(
                new TargetInput.ExpectedContactInput(
                    "DELIVERY",
                    null,
                    deliveryTime.toString(),
                    60,
                    watchers.isEmpty() ? null : watchers.get(0).userId())),
            null);
    return asUser(n.coordinator(), () -> registration.register(n.coordinator(), in));
  }

  public static ConsentRequest consent() {
    return new ConsentRequest(
        "WATCH",
        null,
        null,
        "PERSON",
        null,
        null,
        "WRITTEN",
        LocalDate.now().minusDays(1).toString(),
        null);
  }

  public JdbcClient jdbc() {
    return jdbc;
  }

  public long count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }
}
