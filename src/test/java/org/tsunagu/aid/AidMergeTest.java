package org.tsunagu.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.aid.internal.member.Members;
import org.tsunagu.people.PersonsMerged;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * A merge loses nothing of mutual aid: the merged-away person's membership, with its requests,
 * reports and ledger, follows the survivor; where the survivor already holds the same membership,
 * the other is ended and kept with all it carries.
 */
@IntegrationTest
@EnableScenarios
@Import(AidFixture.class)
class AidMergeTest {

  @Autowired AidFixture fixture;
  @Autowired TestData data;
  @Autowired Members members;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  AidFixture.Scheme s;
  long survivor;
  long merged;
  long membership;

  @BeforeEach
  void setUp() {
    s = fixture.scheme();
    survivor =
        data.register(
            s.coordinator(),
            TestData.inHousehold(
                TestData.person("統合", "助子", "トウゴウ", "スケコ", "1938-08-08"),
                s.town(),
                TestData.unique("世帯")));
    merged =
        data.register(
            s.coordinator(),
            TestData.inHousehold(
                TestData.person("統合", "助子", "トウゴウ", "スケコ", "1938-08-08"),
                s.town(),
                TestData.unique("世帯")));
    membership = members.join(s.coordinator(), s.programme(), AidFixture.recipient(merged, null));
  }

  @Test
  void shouldKeepTheMembershipOnTheSurvivor() throws Exception {
    merge();
    assertThat(person(membership)).isEqualTo(survivor);
  }

  @Test
  void shouldEndTheOtherWhereTheSurvivorIsAlreadyAMember() throws Exception {
    long own = members.join(s.coordinator(), s.programme(), AidFixture.recipient(survivor, null));
    merge();
    assertThat(person(own)).isEqualTo(survivor);
    assertThat(person(membership)).isEqualTo(merged);
    assertThat(
            jdbc.sql("SELECT left_reason FROM aid.member WHERE id = ?")
                .param(membership)
                .query(String.class)
                .single())
        .isEqualTo("LEFT");
  }

  @Test
  void shouldMoveMembershipsWhenTheRegistryAnnouncesAMerge(Scenario scenario) {
    scenario
        .publish(new PersonsMerged(survivor, merged))
        .andWaitAtMost(Duration.ofSeconds(5))
        .andWaitForStateChange(() -> person(membership), id -> id == survivor)
        .andVerify(id -> assertThat(id).isEqualTo(survivor));
  }

  private void merge() throws Exception {
    CurrentUser admin = data.user(s.organization(), Role.ADMIN);
    mvc.perform(
            post("/persons/merge")
                .with(user(admin))
                .with(csrf())
                .param("survivor", String.valueOf(survivor))
                .param("merged", String.valueOf(merged)))
        .andExpect(redirectedUrl("/persons/" + survivor));
  }

  private long person(long member) {
    return jdbc.sql("SELECT person_id FROM aid.member WHERE id = ?")
        .param(member)
        .query(Long.class)
        .single();
  }
}
