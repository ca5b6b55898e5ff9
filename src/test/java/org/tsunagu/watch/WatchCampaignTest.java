package org.tsunagu.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tsunagu.support.TestData.asUser;

import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.tsunagu.people.ConsentRequest;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.RelationshipKind;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.UserFacingException;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;
import org.tsunagu.watch.internal.campaign.CampaignInput;
import org.tsunagu.watch.internal.campaign.CampaignQueries;
import org.tsunagu.watch.internal.campaign.Campaigns;
import org.tsunagu.watch.internal.campaign.SafetyChecks;
import org.tsunagu.watch.internal.disaster.DisasterRegistry;
import org.tsunagu.watch.internal.disaster.RegistrantInput;
import org.tsunagu.watch.internal.disaster.Registrants;

/**
 * 安否確認 and the disaster support registry: a campaign checks every watched person and registrant of
 * the area, each assigned to a watcher; without a declared disaster only those the starting
 * organisation may see, with one everyone, the registry opened on a DISASTER basis that ends with
 * the campaign. A registry entry is shared only with the keeper, on the person's consent, or in a
 * declared disaster — never because the person is visible for another reason.
 */
@IntegrationTest
@Import(WatchFixture.class)
class WatchCampaignTest {

  @Autowired WatchFixture fixture;
  @Autowired TestData data;
  @Autowired Campaigns campaigns;
  @Autowired CampaignQueries queries;
  @Autowired SafetyChecks checks;
  @Autowired DisasterRegistry registry;
  @Autowired Registrants registrants;
  @Autowired PeopleApi people;

  WatchFixture.Network n;
  long town;
  long watchedPerson;
  long registrantPerson;
  long entry;

  @BeforeEach
  void setUp() {
    n = fixture.network();
    town = data.town(TestData.unique("被災町"));
    long target = fixture.target(n, town, LocalTime.of(10, 0));
    watchedPerson = fixture.count("SELECT person_id FROM watch.target WHERE id = ?", target);
    fixture
        .jdbc()
        .sql("INSERT INTO watch.watcher (target_id, user_id, kind) VALUES (?, ?, 'MINSEI')")
        .params(target, n.watcher().id())
        .update();
    registrantPerson =
        data.register(
            n.coordinator(),
            TestData.inHousehold(
                TestData.person("要支援", "一郎", "ヨウシエン", "イチロウ", "1935-02-02"),
                town,
                TestData.unique("h")));
    entry = register(registrantPerson, null);
  }

  @Test
  void shouldCheckOnlyWhomTheStarterMaySeeWithoutADeclaredDisaster() {
    long campaign = start(n.municipal(), false);
    assertThat(checks(campaign)).isZero();
    long own = start(n.coordinator(), false);
    assertThat(checks(own)).isEqualTo(2);
    assertThat(
            fixture.count(
                "SELECT assigned_to FROM watch.safety_check WHERE campaign_id = ? AND person_id = ?",
                own,
                watchedPerson))
        .as("the 民生委員 first")
        .isEqualTo(n.watcher().id());
  }

  @Test
  void shouldOpenTheRegistryToTheCampaignInADeclaredDisasterAndCloseItAfter() {
    assertThat(people.visibleTo(registrantPerson, n.city(), null)).isFalse();
    assertThatThrownBy(() -> asUser(n.municipal(), () -> registrants.open(n.municipal(), entry)))
        .isInstanceOf(NotFoundException.class);
    long campaign = start(n.municipal(), true);
    assertThat(checks(campaign)).isEqualTo(2);
    assertThat(people.visibleTo(registrantPerson, n.city(), null)).isTrue();
    assertThat(asUser(n.municipal(), () -> registrants.open(n.municipal(), entry)).reason())
        .isEqualTo("要介護4、歩行困難");
    assertThat(data.auditCount("BASIS_RECORDED", "person", registrantPerson)).isEqualTo(1);
    asUser(
        n.municipal(),
        () -> {
          campaigns.close(n.municipal(), campaign);
          return null;
        });
    assertThat(people.visibleTo(registrantPerson, n.city(), null)).isFalse();
    assertThatThrownBy(() -> asUser(n.municipal(), () -> registrants.open(n.municipal(), entry)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void shouldLetTheAssignedWatcherMarkTheirCheckAndNobodyElse() {
    long campaign = start(n.coordinator(), false);
    long check =
        fixture.count(
            "SELECT id FROM watch.safety_check WHERE campaign_id = ? AND person_id = ?",
            campaign,
            watchedPerson);
    mark(n.watcher(), check, "SAFE");
    assertThat(asUser(n.watcher(), () -> queries.mine(n.watcher())))
        .filteredOn(c -> c.id() == check)
        .singleElement()
        .satisfies(c -> assertThat(c.status()).isEqualTo("SAFE"));
    assertThat(queries.total(campaign).safe()).isEqualTo(1);
    assertThat(queries.total(campaign).unknown()).isEqualTo(1);
    assertThatThrownBy(() -> mark(n.driver(), check, "SAFE")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> mark(n.watcher(), check, "FINE"))
        .isInstanceOf(org.tsunagu.platform.web.FieldErrorsException.class);
    asUser(
        n.coordinator(),
        () -> {
          campaigns.close(n.coordinator(), campaign);
          return null;
        });
    assertThatThrownBy(() -> mark(n.watcher(), check, "NEEDS_HELP"))
        .isInstanceOfSatisfying(
            UserFacingException.class, e -> assertThat(e.status()).isEqualTo(409));
  }

  @Test
  void shouldShareAnEntryOnlyOnTheConsentNeverBecauseThePersonIsVisibleOtherwise() {
    // The 包括 serves the person (a case), so it sees them; the entry stays closed to it.
    people.recordRelationship(registrantPerson, n.houkatsu(), RelationshipKind.CASE, null);
    assertThat(people.visibleTo(registrantPerson, n.houkatsu(), null)).isTrue();
    assertThat(asUser(n.agency(), () -> registrants.shared(n.agency(), 100, 0)))
        .noneMatch(e -> e.personId() == registrantPerson);
    long other =
        data.register(
            n.coordinator(),
            TestData.inHousehold(
                TestData.person("同意", "花", "ドウイ", "ハナ", "1936-06-06"), town, TestData.unique("h")));
    long shared =
        register(
            other,
            new ConsentRequest(
                "DISASTER_REGISTRY",
                null,
                "COMMUNITY_CARE_CENTER",
                "PERSON",
                null,
                null,
                "WRITTEN",
                java.time.LocalDate.now().toString(),
                null));
    assertThat(asUser(n.agency(), () -> registrants.shared(n.agency(), 100, 0)))
        .anyMatch(e -> e.id() == shared);
    assertThat(asUser(n.agency(), () -> registrants.open(n.agency(), shared)).birthDate())
        .hasYear(1936);
    CurrentUser coop = n.coopStaff();
    assertThatThrownBy(() -> asUser(coop, () -> registrants.shared(coop, 100, 0)))
        .isInstanceOf(NotFoundException.class);
  }

  private long register(long person, ConsentRequest consent) {
    return asUser(
        n.coordinator(),
        () ->
            registry.register(
                n.coordinator(),
                new RegistrantInput(
                    person,
                    "要介護4、歩行困難",
                    "本町自治会",
                    "長男",
                    "090-0000-0003",
                    "隣家の鈴木さん",
                    null,
                    "第一小学校",
                    "北門から",
                    "車いす",
                    consent)));
  }

  private long start(CurrentUser user, boolean declared) {
    return asUser(
        user,
        () -> campaigns.start(user, new CampaignInput(TestData.unique("台風"), town, declared)));
  }

  private long checks(long campaign) {
    return fixture.count("SELECT count(*) FROM watch.safety_check WHERE campaign_id = ?", campaign);
  }

  private void mark(CurrentUser user, long check, String status) {
    asUser(
        user,
        () -> {
          checks.mark(user, check, status, null);
          return null;
        });
  }
}
