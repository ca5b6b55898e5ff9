package org.tsunagu.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * The watch-over forms with what no form sends: an index far past the rows, words where numbers go,
 * a box ticked with nonsense. Each is a 4xx page in Japanese, never a 500, and nothing is stored.
 */
@IntegrationTest
@Import(WatchFixture.class)
class WatchFormsHostileInputTest {

  @Autowired MockMvc mvc;
  @Autowired WatchFixture fixture;
  @Autowired TestData data;

  WatchFixture.Network n;
  CurrentUser coopCoordinator;
  long target;

  @BeforeEach
  void setUp() {
    n = fixture.network();
    coopCoordinator = data.user(n.coop(), Role.COORDINATOR);
    target = fixture.target(n);
  }

  @Test
  void shouldRefuseMalformedFormsWithoutAServerError() throws Exception {
    long steps = chainSteps();
    long contacts = count("watch.target_contact");
    long watchers = count("watch.watcher");
    long expected = count("watch.expected_contact");
    String chain = "/watch/agreements/" + n.agreement() + "/chain";
    String page = "/watch/targets/" + target;
    Map<String, Map<String, String>> cases =
        Map.ofEntries(
            Map.entry(chain + "#far", Map.of("steps[100000].receiverKind", "DESK")),
            Map.entry(
                chain + "#user", Map.of("steps[0].receiverKind", "USER", "steps[0].userId", "abc")),
            Map.entry(
                chain + "#box",
                Map.of("steps[0].receiverKind", "DESK", "steps[0].officeHoursOnly", "maybe")),
            Map.entry("/watch/agreements#org", Map.of("organizationId", "x", "name", "a")),
            Map.entry(page + "/chain#far", Map.of("steps[300].receiverKind", "DESK")),
            Map.entry(
                page + "/contacts#box",
                Map.of("kind", "FAMILY", "name", "a", "dailyUpdates", "yes please")),
            Map.entry(page + "/watchers#id", Map.of("userId", "someone", "kind", "MINSEI")),
            Map.entry(
                page + "/expected-contacts#day",
                Map.of("kind", "VISIT", "weekday", "Tuesday", "time", "10:00")),
            Map.entry(
                page + "/expected-contacts#grace",
                Map.of("kind", "VISIT", "time", "10:00", "graceMinutes", "1e9")),
            Map.entry(
                "/watch/targets#steps", Map.of("personId", "1", "steps[5000].ackMinutes", "5")));
    for (var c : cases.entrySet()) {
      String path = c.getKey().substring(0, c.getKey().indexOf('#'));
      var request =
          post(path)
              .with(user(path.contains("/targets") ? n.coordinator() : coopCoordinator))
              .with(csrf());
      c.getValue().forEach(request::param);
      int status = mvc.perform(request).andReturn().getResponse().getStatus();
      assertThat(status).as(c.getKey()).isBetween(200, 499).isNotEqualTo(302);
    }
    assertThat(chainSteps()).isEqualTo(steps);
    assertThat(count("watch.target_contact")).isEqualTo(contacts);
    assertThat(count("watch.watcher")).isEqualTo(watchers);
    assertThat(count("watch.expected_contact")).isEqualTo(expected);
  }

  private long chainSteps() {
    return count("watch.chain_step");
  }

  private long count(String table) {
    return fixture.count("SELECT count(*) FROM " + table);
  }
}
