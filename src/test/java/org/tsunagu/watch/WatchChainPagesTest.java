package org.tsunagu.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * The screens for 見守り協定 and escalation chains: a new agreement with its chain, an agreement's chain
 * replaced, a target's own chain and its return to the agreement's; every refusal with its reason
 * beside the row, nothing stored in part, and nobody outside the parties let in.
 */
@IntegrationTest
@Import(WatchFixture.class)
class WatchChainPagesTest {

  @Autowired MockMvc mvc;
  @Autowired WatchFixture fixture;
  @Autowired TestData data;

  WatchFixture.Network n;

  @BeforeEach
  void setUp() {
    n = fixture.network();
  }

  @Test
  void shouldRecordAnAgreementWithItsChainAndRefuseOneThatDeadEnds() throws Exception {
    mvc.perform(get("/watch/agreements/new").with(user(n.coordinator())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("見守り協定の登録")))
        .andExpect(content().string(containsString("1番目の連絡先")));
    String name = TestData.unique("見守り協定");
    mvc.perform(
            agreement(n.coordinator(), name)
                .param("deskEmail", "not-an-address")
                .param("steps[1].receiverKind", "ORGANIZATION")
                .param("steps[1].organizationId", "" + n.shakyo())
                .param("steps[1].ackMinutes", "abc"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("確認期限は1〜1440分で入力してください。")))
        .andExpect(content().string(containsString("に連絡できる宛先（メールアドレスなど）がありません。")));
    assertThat(fixture.count("SELECT count(*) FROM watch.agreement WHERE name = ?", name)).isZero();

    mvc.perform(
            agreement(n.coordinator(), name)
                .param("steps[1].receiverKind", "")
                .param("steps[2].receiverKind", "")
                .param("steps[3].receiverKind", "ORGANIZATION")
                .param("steps[3].organizationId", "" + n.shakyo())
                .param("steps[3].address", "office@shakyo.example.jp")
                .param("steps[3].ackMinutes", "45"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/watch/agreements"));
    long id = fixture.count("SELECT id FROM watch.agreement WHERE name = ?", name);
    assertThat(
            fixture
                .jdbc()
                .sql(
                    "SELECT position || ':' || receiver_kind || ':' || ack_minutes || ':' ||"
                        + " office_hours_only FROM watch.chain_step WHERE agreement_id = ? ORDER"
                        + " BY position")
                .param(id)
                .query(String.class)
                .list())
        .containsExactly("1:DESK:60:true", "2:ORGANIZATION:45:false");
    mvc.perform(get("/watch/agreements").with(user(n.coordinator())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(name)))
        .andExpect(content().string(containsString("市 高齢福祉係")))
        .andExpect(content().string(containsString("45分以内に確認")));
  }

  @Test
  void shouldReplaceAnAgreementsChainOnlyForItsPartiesAndWhenNothingDeadEnds() throws Exception {
    CurrentUser coopCoordinator = data.user(n.coop(), Role.COORDINATOR);
    mvc.perform(get("/watch/agreements/" + n.agreement() + "/chain").with(user(coopCoordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("office@coop.example.jp")));
    mvc.perform(
            post("/watch/agreements/" + n.agreement() + "/chain")
                .with(user(coopCoordinator))
                .with(csrf())
                .param("steps[0].receiverKind", "DESK")
                .param("steps[0].ackMinutes", "30"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("夜間・休日にも連絡が届く連絡先が1つもありません")));
    assertThat(chainLength("agreement_id", n.agreement())).isEqualTo(3);

    mvc.perform(
            post("/watch/agreements/" + n.agreement() + "/chain")
                .with(user(coopCoordinator))
                .with(csrf())
                .param("steps[0].receiverKind", "DESK")
                .param("steps[0].ackMinutes", "30")
                .param("steps[1].receiverKind", "USER")
                .param("steps[1].userId", "" + n.watcher().id())
                .param("steps[1].address", "minsei@example.jp")
                .param("steps[1].ackMinutes", "60"))
        .andExpect(status().is3xxRedirection());
    assertThat(chainLength("agreement_id", n.agreement())).isEqualTo(2);

    // The 社協's coordinator sees the co-op's agreement (targets may go under it) but is no party
    // to it; a driver manages nothing.
    mvc.perform(get("/watch/agreements").with(user(n.coordinator())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("市 高齢福祉係")))
        .andExpect(
            content().string(not(containsString("/watch/agreements/" + n.agreement() + "/chain"))));
    mvc.perform(get("/watch/agreements").with(user(coopCoordinator)))
        .andExpect(
            content().string(containsString("/watch/agreements/" + n.agreement() + "/chain")));
    mvc.perform(get("/watch/agreements/" + n.agreement() + "/chain").with(user(n.coordinator())))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/watch/agreements/" + n.agreement() + "/chain")
                .with(user(n.coordinator()))
                .with(csrf())
                .param("steps[0].receiverKind", "DESK")
                .param("steps[0].ackMinutes", "30"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/watch/agreements").with(user(n.driver()))).andExpect(status().isNotFound());
    mvc.perform(
            post("/watch/agreements/" + n.agreement() + "/chain")
                .with(user(n.driver()))
                .with(csrf())
                .param("steps[0].receiverKind", "DESK"))
        .andExpect(status().isForbidden());
    assertThat(chainLength("agreement_id", n.agreement())).isEqualTo(2);
    // The municipality's officer, a party, reads the agreement but changes nothing.
    mvc.perform(get("/watch/agreements").with(user(n.municipal())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("市 高齢福祉係")))
        .andExpect(content().string(not(containsString("/chain\""))));
    mvc.perform(get("/watch/agreements/new").with(user(n.municipal())))
        .andExpect(status().isNotFound());
  }

  @Test
  void shouldGiveATargetItsOwnChainAndTakeItBackToTheAgreements() throws Exception {
    long target = fixture.target(n);
    long daughter =
        fixture.count("SELECT id FROM watch.target_contact WHERE target_id = ?", target);
    mvc.perform(get("/watch/targets/" + target + "/chain").with(user(n.coordinator())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("の連絡網を使っています")))
        .andExpect(content().string(containsString("長女")));
    mvc.perform(
            post("/watch/targets/" + target + "/chain")
                .with(user(n.coordinator()))
                .with(csrf())
                .param("steps[0].receiverKind", "CONTACT")
                .param("steps[0].contactId", "" + daughter)
                .param("steps[0].ackMinutes", "20")
                .param("steps[1].receiverKind", "CONTACT")
                .param("steps[1].contactId", "999999999")
                .param("steps[1].ackMinutes", "20"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("この対象者の連絡先ではありません。")));
    assertThat(chainLength("target_id", target)).isZero();
    mvc.perform(
            post("/watch/targets/" + target + "/chain")
                .with(user(n.coordinator()))
                .with(csrf())
                .param("steps[0].receiverKind", "CONTACT")
                .param("steps[0].contactId", "" + daughter)
                .param("steps[0].ackMinutes", "20")
                .param("steps[1].receiverKind", "DESK")
                .param("steps[1].ackMinutes", "60"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/watch/targets/" + target));
    assertThat(chainLength("target_id", target)).isEqualTo(2);
    mvc.perform(get("/watch/targets/" + target).with(user(n.coordinator())))
        .andExpect(content().string(containsString("この方の連絡網")));

    mvc.perform(
            get("/watch/targets/" + target + "/chain")
                .with(user(data.user(n.coop(), Role.COORDINATOR))))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/watch/targets/" + target + "/chain").with(user(n.coordinator())).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(chainLength("target_id", target)).isZero();
  }

  private MockHttpServletRequestBuilder agreement(CurrentUser user, String name) {
    MockHttpServletRequestBuilder post =
        post("/watch/agreements")
            .with(user(user))
            .with(csrf())
            .param("organizationId", "" + n.shakyo())
            .param("municipalityId", "" + n.city())
            .param("name", name)
            .param("deskName", "市 高齢福祉係")
            .param("deskEmail", "desk@city.example.jp")
            .param("deskOpens", "08:30")
            .param("deskCloses", "17:15")
            .param("signedOn", "2026-04-01")
            .param("steps[0].receiverKind", "DESK")
            .param("steps[0].ackMinutes", "60");
    return post;
  }

  private long chainLength(String column, long id) {
    return fixture.count("SELECT count(*) FROM watch.chain_step WHERE " + column + " = ?", id);
  }
}
