package org.tsunagu.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tsunagu.support.TestData.asUser;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;
import org.tsunagu.watch.internal.report.ObservationInput;
import org.tsunagu.watch.internal.report.Observations;

/**
 * The watch-over screens: the target registration form (its errors beside the fields, then the
 * target's page), the board, an alert's page, the mailbox and the confirmation link a family member
 * follows without an account.
 */
@IntegrationTest
@Import(WatchFixture.class)
class WatchPagesTest {

  @Autowired MockMvc mvc;
  @Autowired WatchFixture fixture;
  @Autowired TestData data;
  @Autowired JdbcClient jdbc;
  @Autowired Observations observations;

  WatchFixture.Network n;

  @BeforeEach
  void setUp() {
    n = fixture.network();
  }

  @Test
  void shouldRegisterATargetOnTheFormAndShowWhatIsWrongBesideTheFields() throws Exception {
    long person =
        data.register(n.coordinator(), TestData.person("登録", "太郎", "トウロク", "タロウ", "1939-03-03"));
    mvc.perform(
            get("/watch/targets/new").param("personId", "" + person).with(user(n.coordinator())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("見守り対象者を登録する")));
    mvc.perform(
            post("/watch/targets")
                .with(user(n.coordinator()))
                .with(csrf())
                .param("personId", "" + person)
                .param("agreementId", "" + n.agreement())
                .param("givenBy", "PERSON")
                .param("method", "WRITTEN")
                .param("givenOn", LocalDate.now().toString())
                .param("contactName", "長男")
                .param("contactEmail", "not-an-address")
                .param("expectedTime", "25:99")
                .param("expectedWeekday", "x"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("メールアドレスの形式が正しくありません")))
        .andExpect(content().string(containsString("時刻は 14:00 のように入力してください")))
        .andExpect(content().string(containsString("曜日は1（月）〜7（日）で指定してください")));
    assertThat(fixture.count("SELECT count(*) FROM watch.target WHERE person_id = ?", person))
        .isZero();
    mvc.perform(
            post("/watch/targets")
                .with(user(n.coordinator()))
                .with(csrf())
                .param("personId", "" + person)
                .param("agreementId", "" + n.agreement())
                .param("givenBy", "PERSON")
                .param("method", "WRITTEN")
                .param("givenOn", LocalDate.now().toString())
                .param("contactName", "長男")
                .param("contactEmail", "son@example.jp")
                .param("contactUpdates", "true")
                .param("watcherIds", "" + n.driver().id())
                .param("expectedKind", "DELIVERY")
                .param("expectedWeekday", "4")
                .param("expectedTime", "14:00")
                .param("expectedGrace", "120")
                .param("expectedUserId", "" + n.driver().id()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("/watch/targets/*"));
    long target = fixture.count("SELECT id FROM watch.target WHERE person_id = ?", person);
    mvc.perform(get("/watch/targets/" + target).with(user(n.coordinator())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("登録 太郎")))
        .andExpect(content().string(containsString("毎週木曜")))
        .andExpect(content().string(containsString("配達員")));
    assertThat(data.auditCount("READ", "watch_target", target)).isEqualTo(1);
    mvc.perform(get("/watch/targets/" + target).with(user(n.municipal())))
        .andExpect(status().isNotFound());
  }

  @Test
  void shouldShowTheBoardTheAlertAndTheMailboxToThoseWhoMay() throws Exception {
    long target = fixture.target(n);
    long alert = report(target);
    mvc.perform(get("/watch/alerts").with(user(n.coopStaff())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("No." + alert)))
        .andExpect(content().string(containsString("あなた宛て")));
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM platform.audit_entry WHERE action = 'SEARCH' AND"
                        + " object_type = 'watch_alert' AND actor_user_id = ? AND detail ~ ?")
                .params(n.coopStaff().id(), "^kind=board;ids=(.*,)?" + alert + "(,.*)?$")
                .query(Long.class)
                .single())
        .as("the board shown is one search in the audit log, with the alerts it showed")
        .isEqualTo(1);
    mvc.perform(get("/watch/alerts").with(user(n.municipal())))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("No." + alert + " "))));
    mvc.perform(get("/watch/alerts/" + alert).with(user(n.coopStaff())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("いつもと違い玄関に出てこない")))
        .andExpect(content().string(containsString("確認して引き受ける")));
    assertThat(data.auditCount("READ", "watch_alert", alert)).isEqualTo(1);
    mvc.perform(get("/watch/messages").with(user(n.coordinator())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("見守り警報 No." + alert)));
    mvc.perform(get("/watch/messages").with(user(n.driver()))).andExpect(status().isNotFound());
    mvc.perform(get("/watch/route").with(user(n.driver())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("見守 花子")));
  }

  @Test
  void shouldLetAFamilyMemberConfirmThroughTheLinkWithTheirNameWithoutAnAccount() throws Exception {
    long target = fixture.target(n);
    long alert = report(target);
    // The daughter is the chain's third step on this target's own chain: tell her directly.
    fixture
        .jdbc()
        .sql(
            "INSERT INTO watch.message (alert_id, target_id, position, purpose, channel, address,"
                + " receiver_name, subject, body, dedupe_key, ack_token, status, next_attempt_at,"
                + " created_at) VALUES (?, ?, 9, 'ALERT', 'email', 'daughter@example.jp', '長女', 's',"
                + " 'b', ?, ?, 'KEPT', now(), now())")
        .params(alert, target, "test-" + alert, "ab".repeat(20))
        .update();
    String link = "/watch/ack/" + "ab".repeat(20);
    mvc.perform(get(link))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("長女様")))
        .andExpect(content().string(not(containsString("花子"))));
    mvc.perform(post(link).with(csrf()).param("name", " "))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("お名前を入れてください")));
    mvc.perform(post(link).with(csrf()).param("name", "見守 一子"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(link)).andExpect(content().string(containsString("見守 一子（長女）さんが確認しました")));
    assertThat(
            fixture.count(
                "SELECT count(*) FROM watch.alert WHERE id = ? AND status = 'ACKNOWLEDGED'", alert))
        .isEqualTo(1);
    mvc.perform(get("/watch/ack/" + "cd".repeat(20))).andExpect(status().isNotFound());
    mvc.perform(get("/watch/ack/not-a-token")).andExpect(status().isNotFound());
  }

  @Test
  void shouldRunASafetyCheckOnScreenAndKeepTheRegistryOnScreen() throws Exception {
    long town = data.town(TestData.unique("浸水町"));
    long target = fixture.target(n, town, java.time.LocalTime.of(9, 0));
    fixture
        .jdbc()
        .sql("INSERT INTO watch.watcher (target_id, user_id, kind) VALUES (?, ?, 'MINSEI')")
        .params(target, n.watcher().id())
        .update();
    long person =
        data.register(
            n.coordinator(),
            TestData.inHousehold(
                TestData.person("名簿", "次郎", "メイボ", "ジロウ", "1934-04-04"),
                town,
                TestData.unique("h")));
    mvc.perform(
            post("/watch/disaster-registry")
                .with(user(n.coordinator()))
                .with(csrf())
                .param("personId", "" + person)
                .param("reason", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("入力してください")));
    mvc.perform(
            post("/watch/disaster-registry")
                .with(user(n.coordinator()))
                .with(csrf())
                .param("personId", "" + person)
                .param("reason", "身体障害者手帳1級")
                .param("supporterName", "隣家")
                .param("destination", "第二中学校")
                .param("shareWith", "COMMUNITY_CARE_CENTER"))
        .andExpect(status().is3xxRedirection());
    long entry =
        fixture.count("SELECT id FROM watch.disaster_registrant WHERE person_id = ?", person);
    mvc.perform(get("/watch/disaster-registry/" + entry).with(user(n.agency())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("第二中学校")))
        .andExpect(content().string(containsString("1934")));
    mvc.perform(get("/watch/disaster-registry/" + entry).with(user(n.municipal())))
        .andExpect(status().isNotFound());

    mvc.perform(
            post("/watch/campaigns")
                .with(user(n.coordinator()))
                .with(csrf())
                .param("name", "令和8年台風第10号")
                .param("areaId", "" + town))
        .andExpect(status().is3xxRedirection());
    long campaign = fixture.count("SELECT max(id) FROM watch.campaign WHERE area_id = ?", town);
    mvc.perform(get("/watch/campaigns/" + campaign).with(user(n.coordinator())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("名簿 次郎")))
        .andExpect(content().string(containsString("見守 花子")));
    mvc.perform(get("/watch/checks").with(user(n.watcher())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("見守 花子")));
    long check =
        fixture.count(
            "SELECT id FROM watch.safety_check WHERE campaign_id = ? AND target_id = ?",
            campaign,
            target);
    mvc.perform(
            post("/watch/checks/" + check)
                .with(user(n.watcher()))
                .with(csrf())
                .param("status", "SAFE"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            get("/watch/campaigns/" + campaign)
                .with(user(n.coordinator()))
                .header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("<html"))))
        .andExpect(content().string(not(containsString("見守 花子"))));
    mvc.perform(get("/watch/campaigns/" + campaign).with(user(n.municipal())))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/watch/campaigns/" + campaign + "/close")
                .with(user(n.coordinator()))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
  }

  private long report(long target) {
    long observation =
        asUser(
                n.driver(),
                () ->
                    observations.report(
                        n.driver(),
                        new ObservationInput(target, List.of("NO_ANSWER"), false, null, null),
                        null))
            .id();
    return fixture.count("SELECT id FROM watch.alert WHERE observation_id = ?", observation);
  }
}
