package org.tsunagu.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.tsunagu.consultation.internal.referral.ReferralAnswers;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.ConsultationData;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/** When a case closes (the event alone), its returned referrals leave the referrer's work list. */
@IntegrationTest
@EnableScenarios
class CaseClosedScenarioTest {

  @Autowired TestData data;
  @Autowired ConsultationData consultation;
  @Autowired ReferralAnswers answers;
  @Autowired JdbcClient jdbc;

  @Test
  void shouldMarkTheReturnedReferralsOfAClosedCaseSeen(Scenario scenario) {
    long shakyo = data.organization(OrganizationType.SHAKYO);
    CurrentUser coordinator = data.user(shakyo, Role.COORDINATOR);
    long agencyOrg = data.organization(OrganizationType.SELF_RELIANCE_SUPPORT);
    CurrentUser agency = data.user(agencyOrg, Role.AGENCY_WORKER);
    long personId =
        data.register(coordinator, TestData.person("閉田", "結子", "とじた", "ゆいこ", "1950-05-05"));
    long caseId =
        consultation.openCase(coordinator, personId, EnumSet.of(SupportDomain.ELDERLY_CARE));
    long referralId = consultation.refer(coordinator, caseId, null, agencyOrg).get(0);
    TestData.asUser(
        agency,
        () -> {
          answers.decline(agency, referralId, DeclineReason.NO_CAPACITY, null);
          return null;
        });
    assertThat(returnSeen(referralId)).isFalse();

    scenario
        .publish(new CaseClosed(caseId, shakyo, "RESOLVED"))
        .andWaitAtMost(Duration.ofSeconds(5))
        .andWaitForStateChange(() -> returnSeen(referralId), seen -> seen)
        .andVerify(seen -> assertThat(seen).isTrue());
  }

  private boolean returnSeen(long referralId) {
    return jdbc.sql("SELECT return_seen_at IS NOT NULL FROM consultation.referral WHERE id = ?")
        .param(referralId)
        .query(Boolean.class)
        .single();
  }
}
