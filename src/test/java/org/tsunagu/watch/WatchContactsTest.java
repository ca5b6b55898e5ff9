package org.tsunagu.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * A target's family and key holders after registration, in the API and on the target's page; and a
 * person registered on the screen without an agreement, with a chain of their own that names the
 * family contact entered on the same form.
 */
@IntegrationTest
@Import(WatchFixture.class)
class WatchContactsTest {

  @Autowired MockMvc mvc;
  @Autowired WatchFixture fixture;
  @Autowired TestData data;

  WatchFixture.Network n;
  long target;

  @BeforeEach
  void setUp() {
    n = fixture.network();
    target = fixture.target(n);
  }

  @Test
  void shouldAddAndForgetContactsThroughTheApiButKeepOneTheChainNames() throws Exception {
    String path = "/api/v1/watch/targets/" + target + "/contacts";
    add(n.coordinator(), path, "{\"kind\": \"FAMILY\", \"email\": \"x@\", \"dailyUpdates\": true}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItems("name", "email")));
    add(n.coordinator(), path, "{\"kind\": \"PET\", \"name\": \"次男\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("kind")));
    assertThat(contacts()).isEqualTo(1);
    add(
            n.coordinator(),
            path,
            "{\"kind\": \"FAMILY\", \"name\": \"次男\", \"relation\": \"次男\", \"email\":"
                + " \"son@example.jp\", \"dailyUpdates\": true}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").isNumber());
    assertThat(contacts()).isEqualTo(2);
    mvc.perform(get("/api/v1/watch/targets/" + target).with(user(n.coordinator())))
        .andExpect(jsonPath("$.contacts[*].name", hasItems("長女", "次男")));

    long daughter =
        fixture.count(
            "SELECT id FROM watch.target_contact WHERE target_id = ? AND name = '長女'", target);
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                    "/api/v1/watch/targets/" + target + "/chain")
                .with(user(n.coordinator()))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"steps\": [{\"receiverKind\": \"CONTACT\", \"contactId\": "
                        + daughter
                        + ", \"ackMinutes\": 30}]}"))
        .andExpect(status().isNoContent());
    remove(n.coordinator(), daughter)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("contactId")));
    assertThat(contacts()).isEqualTo(2);

    long son =
        fixture.count(
            "SELECT id FROM watch.target_contact WHERE target_id = ? AND name = '次男'", target);
    CurrentUser otherCoordinator = data.user(n.coop(), Role.COORDINATOR);
    remove(otherCoordinator, son).andExpect(status().isNotFound());
    remove(n.driver(), son).andExpect(status().isForbidden());
    add(n.driver(), path, "{\"kind\": \"FAMILY\", \"name\": \"三男\"}")
        .andExpect(status().isForbidden());
    long elsewhere = fixture.target(n);
    mvc.perform(
            delete("/api/v1/watch/targets/" + elsewhere + "/contacts/" + son)
                .with(user(n.coordinator()))
                .with(csrf()))
        .andExpect(status().isNotFound());
    remove(n.coordinator(), son).andExpect(status().isNoContent());
    remove(n.coordinator(), son).andExpect(status().isNotFound());
    assertThat(contacts()).isEqualTo(1);
    assertThat(
            fixture.count(
                "SELECT count(*) FROM platform.audit_entry WHERE object_type = 'watch_target' AND"
                    + " object_id = ? AND detail IN ('contact+', 'contact-')",
                String.valueOf(target)))
        .isEqualTo(2);
  }

  @Test
  void shouldAddAndRemoveAContactOnTheTargetsPage() throws Exception {
    String page = "/watch/targets/" + target;
    mvc.perform(
            post(page + "/contacts")
                .with(user(n.coordinator()))
                .with(csrf())
                .param("kind", "KEY_HOLDER")
                .param("name", "")
                .param("email", "broken"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("メールアドレスの形式が正しくありません")))
        .andExpect(content().string(containsString("value=\"broken\"")));
    assertThat(contacts()).isEqualTo(1);
    mvc.perform(
            post(page + "/contacts")
                .with(user(n.coordinator()))
                .with(csrf())
                .param("kind", "KEY_HOLDER")
                .param("name", "隣の佐藤さん")
                .param("phone", "0280-11-2222"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(page).with(user(n.coordinator())))
        .andExpect(content().string(containsString("隣の佐藤さん")))
        .andExpect(content().string(containsString("鍵を預かっている人")));
    long neighbour =
        fixture.count(
            "SELECT id FROM watch.target_contact WHERE target_id = ? AND kind = 'KEY_HOLDER'",
            target);
    mvc.perform(
            post(page + "/contacts/" + neighbour + "/remove")
                .with(user(n.coordinator()))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(contacts()).isEqualTo(1);
  }

  @Test
  void shouldAddAndTakeOffWatchersAndRegularContactsOnTheTargetsPage() throws Exception {
    String page = "/watch/targets/" + target;
    CurrentUser minsei = data.user(n.shakyo(), Role.WATCHER);
    mvc.perform(get(page).with(user(n.coordinator())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("見守る人を追加する")))
        .andExpect(content().string(containsString("定期連絡を追加する")));
    mvc.perform(
            post(page + "/watchers")
                .with(user(n.coordinator()))
                .with(csrf())
                .param("userId", "" + n.driver().id())
                .param("kind", "DELIVERY"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("同じ人が2回入っています。")));
    mvc.perform(
            post(page + "/watchers")
                .with(user(n.coordinator()))
                .with(csrf())
                .param("userId", "" + minsei.id())
                .param("kind", "MINSEI"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post(page + "/expected-contacts")
                .with(user(n.coordinator()))
                .with(csrf())
                .param("kind", "VISIT")
                .param("weekday", "2")
                .param("time", "26:00")
                .param("graceMinutes", "120"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("時刻は 14:00 のように入力してください")))
        .andExpect(content().string(containsString("value=\"26:00\"")));
    mvc.perform(
            post(page + "/expected-contacts")
                .with(user(n.coordinator()))
                .with(csrf())
                .param("kind", "VISIT")
                .param("weekday", "2")
                .param("time", "10:00")
                .param("graceMinutes", "120")
                .param("userId", "" + minsei.id()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(page).with(user(n.coordinator())))
        .andExpect(content().string(containsString("毎週火曜")))
        .andExpect(content().string(containsString("民生委員")));
    long visit =
        fixture.count(
            "SELECT id FROM watch.expected_contact WHERE target_id = ? AND kind = 'VISIT'", target);
    mvc.perform(
            post(page + "/expected-contacts/" + visit + "/stop")
                .with(user(n.coordinator()))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post(page + "/watchers/" + minsei.id() + "/remove")
                .with(user(n.coordinator()))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(
            fixture.count(
                "SELECT count(*) FROM watch.expected_contact WHERE target_id = ? AND active",
                target))
        .isEqualTo(1);
    assertThat(fixture.count("SELECT count(*) FROM watch.watcher WHERE target_id = ?", target))
        .isEqualTo(1);
    mvc.perform(
            post(page + "/watchers")
                .with(user(n.driver()))
                .with(csrf())
                .param("userId", "" + minsei.id())
                .param("kind", "MINSEI"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(page + "/watchers")
                .with(user(data.user(n.coop(), Role.COORDINATOR)))
                .with(csrf())
                .param("userId", "" + minsei.id())
                .param("kind", "MINSEI"))
        .andExpect(status().isNotFound());
  }

  @Test
  void shouldRegisterOnTheScreenWithoutAnAgreementWithAChainNamingTheFamilyContact()
      throws Exception {
    long person =
        data.register(n.coordinator(), TestData.person("独自", "網子", "ドクジ", "アミコ", "1940-01-01"));
    var form =
        post("/watch/targets")
            .with(user(n.coordinator()))
            .with(csrf())
            .param("personId", "" + person)
            .param("agreementId", "")
            .param("givenBy", "PERSON")
            .param("method", "WRITTEN")
            .param("givenOn", LocalDate.now().toString())
            .param("contactName", "長男")
            .param("contactEmail", "son@example.jp");
    mvc.perform(form)
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("連絡網がありません")));
    mvc.perform(
            form.param("steps[0].receiverKind", "CONTACT")
                .param("steps[0].contactId", "1")
                .param("steps[0].ackMinutes", "30")
                .param("steps[1].receiverKind", "USER")
                .param("steps[1].userId", "" + n.coordinator().id())
                .param("steps[1].address", "coordinator@shakyo.example.jp")
                .param("steps[1].ackMinutes", "60"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("/watch/targets/*"));
    long registered = fixture.count("SELECT id FROM watch.target WHERE person_id = ?", person);
    assertThat(
            fixture.count(
                "SELECT count(*) FROM watch.chain_step s JOIN watch.target_contact c ON c.id ="
                    + " s.contact_id WHERE s.target_id = ? AND c.name = '長男' AND s.position = 1",
                registered))
        .isEqualTo(1);
  }

  private long contacts() {
    return fixture.count("SELECT count(*) FROM watch.target_contact WHERE target_id = ?", target);
  }

  private ResultActions add(CurrentUser as, String path, String body) throws Exception {
    return mvc.perform(
        post(path)
            .with(user(as))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private ResultActions remove(CurrentUser as, long contact) throws Exception {
    return mvc.perform(
        delete("/api/v1/watch/targets/" + target + "/contacts/" + contact)
            .with(user(as))
            .with(csrf()));
  }
}
