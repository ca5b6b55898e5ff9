package org.tsunagu.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * The watch-over API as a client sees it: a door report sent twice is stored once, bad input is a
 * problem naming the field, roles without the permission get 403, and anything about a person the
 * caller's organisation does not watch is 404.
 */
@IntegrationTest
@Import(WatchFixture.class)
class WatchApiTest {

  @Autowired MockMvc mvc;
  @Autowired WatchFixture fixture;
  @Autowired TestData data;
  @Autowired org.tsunagu.people.PeopleApi people;

  WatchFixture.Network n;
  long target;

  @BeforeEach
  void setUp() {
    n = fixture.network();
    target = fixture.target(n);
  }

  @Test
  void shouldStoreADoorReportSentTwiceOnceAndRefuseTheKeyForAnotherReport() throws Exception {
    String body = report(target, "\"NO_ANSWER\", \"MAIL_PILING_UP\"");
    long first =
        id(
            send(n.driver(), "/api/v1/watch/observations", body, "door-1")
                .andExpect(status().isCreated()));
    send(n.driver(), "/api/v1/watch/observations", body, "door-1")
        .andExpect(status().isCreated())
        .andExpect(header().string("Idempotent-Replayed", "true"))
        .andExpect(jsonPath("$.id").value(first));
    assertThat(fixture.count("SELECT count(*) FROM watch.observation WHERE target_id = ?", target))
        .isEqualTo(1);
    assertThat(fixture.count("SELECT count(*) FROM watch.alert WHERE target_id = ?", target))
        .isEqualTo(1);
    send(n.driver(), "/api/v1/watch/observations", report(target, "\"NO_ANSWER\""), "door-1")
        .andExpect(status().isUnprocessableEntity());
  }

  @Test
  void shouldAnswerBadReportsWithTheFieldAndStoreNothing() throws Exception {
    send(n.driver(), "/api/v1/watch/observations", report(target, ""), null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("signs")));
    send(n.driver(), "/api/v1/watch/observations", report(target, "\"ON_FIRE\""), null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("signs")));
    send(
            n.driver(),
            "/api/v1/watch/observations",
            "{\"targetId\": "
                + target
                + ", \"signs\": [\"NO_ANSWER\"], \"observedAt\": \"2001-01-01T00:00:00Z\"}",
            null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("observedAt")));
    send(n.driver(), "/api/v1/watch/observations", "{\"targetId\": \"x\"}", null)
        .andExpect(status().isBadRequest());
    assertThat(fixture.count("SELECT count(*) FROM watch.observation WHERE target_id = ?", target))
        .isZero();
  }

  @Test
  void shouldRefuseRolesWithoutThePermissionAndHideOtherOrganisationsTargets() throws Exception {
    CurrentUser salon = data.user(data.organization(OrganizationType.NPO), Role.SALON_HOST);
    send(salon, "/api/v1/watch/observations", report(target, "\"NO_ANSWER\""), null)
        .andExpect(status().isForbidden());
    CurrentUser otherDriver =
        data.user(data.organization(OrganizationType.COOP), Role.DELIVERY_STAFF);
    send(otherDriver, "/api/v1/watch/observations", report(target, "\"NO_ANSWER\""), null)
        .andExpect(status().isNotFound());
    send(n.driver(), "/api/v1/watch/observations", report(987_654_321L, "\"NO_ANSWER\""), null)
        .andExpect(status().isNotFound());
    send(n.municipal(), "/api/v1/watch/targets", "{}", null).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/watch/targets/" + target).with(user(n.coopStaff())))
        .andExpect(status().isNotFound());
  }

  @Test
  void shouldRefuseAReportAboutSomeoneOutsideTheAgreementsArea() throws Exception {
    long inside = data.town(TestData.unique("本町"));
    long outside = data.town(TestData.unique("外町"));
    long agreement =
        fixture.agreements(
            n.admin(),
            n.coop(),
            n.city(),
            inside,
            List.of(
                WatchFixture.step("ORGANIZATION", n.coop(), null, "office@coop.example.jp", 15)));
    var person =
        TestData.inHousehold(
            TestData.person("区域", "外子", "クイキ", "ソトコ", "1940-01-01"), outside, TestData.unique("h"));
    long personId = data.register(n.coordinator(), person);
    var network = n.withAgreement(agreement);
    long far = fixture.register(network, personId, LocalTime.of(11, 0), List.of());
    // Co-op staff report under the agreement; the person lives outside its area.
    send(n.coopStaff(), "/api/v1/watch/observations", report(far, "\"NO_ANSWER\""), null)
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.detail", containsString("区域外")));
  }

  @Test
  void shouldShowTheAlertWithItsTimelineToThoseToldAndLetOnlyThemActOnIt() throws Exception {
    long observation =
        id(
            send(
                n.driver(),
                "/api/v1/watch/observations",
                report(target, "\"LOOKS_UNWELL\""),
                null));
    long alert = fixture.count("SELECT id FROM watch.alert WHERE observation_id = ?", observation);
    mvc.perform(get("/api/v1/watch/alerts/" + alert).with(user(n.coopStaff())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.signs[0]").value("LOOKS_UNWELL"))
        .andExpect(jsonPath("$.steps.length()").value(3))
        .andExpect(jsonPath("$.timeline[0].kind").value("OPENED"));
    mvc.perform(get("/api/v1/watch/alerts/" + alert).with(user(n.municipal())))
        .andExpect(status().isNotFound());
    send(n.driver(), "/api/v1/watch/alerts/" + alert + "/acknowledge", "{}", null)
        .andExpect(status().isForbidden());
    send(n.coopStaff(), "/api/v1/watch/alerts/" + alert + "/close", "{\"outcome\": \"FINE\"}", null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("outcome")));
    send(n.coopStaff(), "/api/v1/watch/alerts/" + alert + "/acknowledge", "{}", null)
        .andExpect(status().isNoContent());
    send(n.coopStaff(), "/api/v1/watch/alerts/" + alert + "/close", "{\"outcome\": \"SAFE\"}", null)
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/watch/alerts").with(user(n.coopStaff())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].status").value("CLOSED"));
  }

  @Test
  void shouldRefuseAChainThatCanDeadEnd() throws Exception {
    String onlyOfficeHours =
        "{\"organizationId\": "
            + n.coop()
            + ", \"municipalityId\": "
            + n.city()
            + ", \"name\": \"協定\", \"deskName\": \"窓口\", \"deskEmail\": \"desk@example.jp\","
            + " \"signedOn\": \"2024-04-01\", \"steps\": [{\"receiverKind\": \"DESK\", \"ackMinutes\": 30}]}";
    send(n.admin(), "/api/v1/watch/agreements", onlyOfficeHours, null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("steps")));
    String unreachable =
        onlyOfficeHours.replace(
            "[{\"receiverKind\": \"DESK\", \"ackMinutes\": 30}]",
            "[{\"receiverKind\": \"USER\", \"userId\": "
                + n.watcher().id()
                + ", \"ackMinutes\": 30}]");
    send(n.admin(), "/api/v1/watch/agreements", unreachable, null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("steps[0].address")));
    String unknownUser =
        unreachable.replace(
            "\"userId\": " + n.watcher().id(),
            "\"userId\": 999999999, \"address\": \"a@example.jp\"");
    send(n.admin(), "/api/v1/watch/agreements", unknownUser, null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("steps[0].userId")));
    send(n.coordinator(), "/api/v1/watch/agreements", onlyOfficeHours, null)
        .andExpect(status().isForbidden());
  }

  @Test
  void shouldShowTheDriverTheirRouteAndNothingOfOthers() throws Exception {
    mvc.perform(get("/api/v1/watch/route").with(user(n.driver())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].targetId", hasItem((int) target)))
        .andExpect(jsonPath("$[0].notesForDrivers").value("犬がいます"));
    CurrentUser otherDriver = data.user(n.coop(), Role.DELIVERY_STAFF);
    mvc.perform(get("/api/v1/watch/route").with(user(otherDriver)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(0));
    mvc.perform(get("/api/v1/watch/route").with(user(n.municipal())))
        .andExpect(status().isNotFound());
  }

  @Test
  void shouldReplaceATargetsOwnChainWithItsContactsAndGiveItsAgreementsBack() throws Exception {
    long contact = fixture.count("SELECT id FROM watch.target_contact WHERE target_id = ?", target);
    String chain =
        "{\"steps\": [{\"receiverKind\": \"CONTACT\", \"contactId\": "
            + contact
            + ", \"ackMinutes\": 30}, {\"receiverKind\": \"ORGANIZATION\", \"organizationId\": "
            + n.coop()
            + ", \"address\": \"office@coop.example.jp\", \"ackMinutes\": 15}]}";
    put(n.coordinator(), "/api/v1/watch/targets/" + target + "/chain", chain)
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/watch/targets/" + target).with(user(n.coordinator())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.ownChain").value(true))
        .andExpect(jsonPath("$.chain[0].receiver").value("長女"));
    put(
            n.coordinator(),
            "/api/v1/watch/targets/" + target + "/chain",
            chain.replace("\"contactId\": " + contact, "\"contactId\": 1"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("steps[0].contactId")));
    put(n.coordinator(), "/api/v1/watch/targets/" + target + "/chain", "{\"steps\": []}")
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/watch/targets/" + target).with(user(n.coordinator())))
        .andExpect(jsonPath("$.ownChain").value(false));
    CurrentUser other = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    put(other, "/api/v1/watch/targets/" + target + "/chain", chain)
        .andExpect(status().isNotFound());
    put(n.driver(), "/api/v1/watch/targets/" + target + "/chain", chain)
        .andExpect(status().isForbidden());
  }

  @Test
  void shouldEndTheWatchTakingThePersonOffTheRouteAndEndingTheCoOpsAccess() throws Exception {
    long person = fixture.count("SELECT person_id FROM watch.target WHERE id = ?", target);
    assertThat(people.visibleTo(person, n.coop(), "WATCH")).isTrue();
    send(n.coordinator(), "/api/v1/watch/targets/" + target + "/end", "{\"reason\": \" \"}", null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
    send(n.driver(), "/api/v1/watch/targets/" + target + "/end", "{\"reason\": \"入所\"}", null)
        .andExpect(status().isForbidden());
    send(
            n.coordinator(),
            "/api/v1/watch/targets/" + target + "/end",
            "{\"reason\": \"特養に入所\"}",
            null)
        .andExpect(status().isNoContent());
    assertThat(people.visibleTo(person, n.coop(), "WATCH")).isFalse();
    mvc.perform(get("/api/v1/watch/route").with(user(n.driver())))
        .andExpect(jsonPath("$[*].targetId", not(hasItem((int) target))));
    send(n.driver(), "/api/v1/watch/observations", report(target, "\"NO_ANSWER\""), null)
        .andExpect(status().isNotFound());
    send(n.coordinator(), "/api/v1/watch/targets/" + target + "/end", "{\"reason\": \"再度\"}", null)
        .andExpect(status().isConflict());
  }

  @Test
  void shouldAddAndTakeOffWatchersAndRegularContactsAfterRegistration() throws Exception {
    long person = fixture.count("SELECT person_id FROM watch.target WHERE id = ?", target);
    CurrentUser neighbourOrgWatcher =
        data.user(data.organization(OrganizationType.VOLUNTEER_GROUP), Role.WATCHER);
    assertThat(people.visibleTo(person, neighbourOrgWatcher.organizationId(), "WATCH")).isFalse();
    String watcher = "{\"userId\": " + neighbourOrgWatcher.id() + ", \"kind\": \"NEIGHBOUR\"}";
    send(n.coordinator(), "/api/v1/watch/targets/" + target + "/watchers", watcher, null)
        .andExpect(status().isNoContent());
    assertThat(people.visibleTo(person, neighbourOrgWatcher.organizationId(), "WATCH"))
        .as("the watcher's organisation sees the person on the target's consent")
        .isTrue();
    send(n.coordinator(), "/api/v1/watch/targets/" + target + "/watchers", watcher, null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("userId")));
    send(
            n.coordinator(),
            "/api/v1/watch/targets/" + target + "/watchers",
            "{\"userId\": 999999999, \"kind\": \"MINSEI\"}",
            null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("userId")));
    send(
            n.coordinator(),
            "/api/v1/watch/targets/" + target + "/expected-contacts",
            "{\"kind\": \"VISIT\", \"weekday\": 3, \"time\": \"10:30\", \"graceMinutes\": 60, \"userId\": "
                + neighbourOrgWatcher.id()
                + "}",
            null)
        .andExpect(status().isNoContent());
    send(
            n.coordinator(),
            "/api/v1/watch/targets/" + target + "/expected-contacts",
            "{\"kind\": \"VISIT\", \"weekday\": 9, \"time\": \"25:00\", \"graceMinutes\": 60}",
            null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("weekday")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("time")));
    long visit =
        fixture.count(
            "SELECT id FROM watch.expected_contact WHERE target_id = ? AND kind = 'VISIT'", target);
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                    "/api/v1/watch/targets/" + target + "/expected-contacts/" + visit)
                .with(user(n.coordinator()))
                .with(csrf()))
        .andExpect(status().isNoContent());
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                    "/api/v1/watch/targets/" + target + "/watchers/" + neighbourOrgWatcher.id())
                .with(user(n.coordinator()))
                .with(csrf()))
        .andExpect(status().isNoContent());
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                    "/api/v1/watch/targets/" + target + "/watchers/" + neighbourOrgWatcher.id())
                .with(user(n.municipal()))
                .with(csrf()))
        .andExpect(status().isForbidden());
    send(n.driver(), "/api/v1/watch/targets/" + target + "/watchers", watcher, null)
        .andExpect(status().isForbidden());
  }

  @Test
  void shouldEndTheDriversAccessAtOnceWhenTheWatchConsentIsRevoked() throws Exception {
    long consent = fixture.count("SELECT consent_id FROM watch.target WHERE id = ?", target);
    TestData.asUser(
        n.coordinator(),
        () -> {
          people.revokeConsent(n.coordinator(), consent, "本人が見守りを望まなくなった");
          return null;
        });
    mvc.perform(get("/api/v1/watch/route").with(user(n.driver())))
        .andExpect(jsonPath("$[*].targetId", not(hasItem((int) target))));
    send(n.driver(), "/api/v1/watch/observations", report(target, "\"NO_ANSWER\""), null)
        .andExpect(status().isNotFound());
    assertThat(fixture.count("SELECT count(*) FROM watch.observation WHERE target_id = ?", target))
        .isZero();
  }

  private ResultActions put(CurrentUser as, String path, String body) throws Exception {
    return mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path)
            .with(user(as))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private ResultActions send(CurrentUser as, String path, String body, String key)
      throws Exception {
    var request =
        post(path)
            .with(user(as))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body);
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return mvc.perform(request);
  }

  private static String report(long targetId, String signs) {
    return "{\"targetId\": " + targetId + ", \"signs\": [" + signs + "]}";
  }

  private static long id(ResultActions result) throws Exception {
    String json = result.andReturn().getResponse().getContentAsString();
    return Long.parseLong(json.replaceAll("\\D+", ""));
  }
}
