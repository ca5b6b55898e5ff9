package org.tsunagu.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tsunagu.support.TestData.asUser;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.people.PersonsMerged;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;
import org.tsunagu.watch.internal.disaster.DisasterRegistry;
import org.tsunagu.watch.internal.disaster.RegistrantInput;

/**
 * A merge loses nothing of watch-over: the merged-away person's watch target and registry entry
 * follow the survivor, and the driver keeps them on the route.
 */
@IntegrationTest
@EnableScenarios
@Import(WatchFixture.class)
class WatchMergeTest {

  @Autowired WatchFixture fixture;
  @Autowired TestData data;
  @Autowired DisasterRegistry registry;
  @Autowired MockMvc mvc;

  WatchFixture.Network n;
  long survivor;
  long merged;
  long target;
  long entry;

  @BeforeEach
  void setUp() {
    n = fixture.network();
    survivor =
        data.register(n.coordinator(), TestData.person("統合", "花", "トウゴウ", "ハナ", "1937-07-07"));
    merged = data.register(n.coordinator(), TestData.person("統合", "花", "トウゴウ", "ハナ", "1937-07-07"));
    target =
        fixture.register(
            n,
            merged,
            LocalTime.of(11, 0),
            List.of(
                new org.tsunagu.watch.internal.target.TargetInput.WatcherInput(
                    n.driver().id(), "DELIVERY")));
    entry =
        asUser(
            n.coordinator(),
            () ->
                registry.register(
                    n.coordinator(),
                    new RegistrantInput(
                        merged, "要介護3", null, null, null, null, null, null, null, null, null)));
  }

  @Test
  void shouldKeepTheMergedPersonsWatchOnTheSurvivor() throws Exception {
    mvc.perform(
            post("/persons/merge")
                .with(user(n.admin()))
                .with(csrf())
                .param("survivor", String.valueOf(survivor))
                .param("merged", String.valueOf(merged)))
        .andExpect(redirectedUrl("/persons/" + survivor));
    assertThat(fixture.count("SELECT person_id FROM watch.target WHERE id = ?", target))
        .isEqualTo(survivor);
    assertThat(fixture.count("SELECT person_id FROM watch.disaster_registrant WHERE id = ?", entry))
        .isEqualTo(survivor);
    mvc.perform(get("/api/v1/watch/route").with(user(n.driver())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].targetId", Matchers.hasItem((int) target)));
  }

  @Test
  void shouldMoveTargetsAndEntriesWhenTheRegistryAnnouncesAMerge(Scenario scenario) {
    scenario
        .publish(new PersonsMerged(survivor, merged))
        .andWaitAtMost(Duration.ofSeconds(5))
        .andWaitForStateChange(
            () ->
                List.of(
                    fixture.count("SELECT person_id FROM watch.target WHERE id = ?", target),
                    fixture.count(
                        "SELECT person_id FROM watch.disaster_registrant WHERE id = ?", entry)),
            ids -> ids.stream().allMatch(id -> id == survivor))
        .andVerify(ids -> assertThat(ids).containsOnly(survivor));
  }
}
