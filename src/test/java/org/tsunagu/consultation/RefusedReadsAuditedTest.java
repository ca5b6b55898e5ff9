package org.tsunagu.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.ConsultationData;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * A read refused for lack of a basis leaves an audit entry (who, what, when, refused) while the
 * caller is only told "not found"; a referral seen without its person is recorded as redacted.
 */
@IntegrationTest
class RefusedReadsAuditedTest {

  @Autowired TestData data;
  @Autowired ConsultationData consultation;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  CurrentUser coordinator;
  CurrentUser outsider;
  CurrentUser receiver;
  long personId;
  long caseId;
  long referralId;

  @BeforeEach
  void setUp() {
    coordinator = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    outsider = data.user(data.organization(OrganizationType.NPO), Role.AGENCY_WORKER);
    long receiverOrg = data.organization(OrganizationType.COMMUNITY_CARE_CENTER);
    receiver = data.user(receiverOrg, Role.AGENCY_WORKER);
    personId = data.register(coordinator, TestData.person("拒否", "記録", "きょひ", "きろく", "1960-01-01"));
    caseId = consultation.openCase(coordinator, personId, Set.of(SupportDomain.HOUSING));
    referralId = consultation.refer(coordinator, caseId, null, receiverOrg).get(0);
  }

  @Test
  void refusedReadsAreAuditedAndAnswerNotFound() throws Exception {
    long intakeId =
        jdbc.sql("SELECT id FROM consultation.intake WHERE case_id = ?")
            .param(caseId)
            .query(Long.class)
            .single();
    for (String path :
        List.of(
            "/persons/" + personId,
            "/api/v1/persons/" + personId,
            "/cases/" + caseId,
            "/api/v1/cases/" + caseId,
            "/referrals/" + referralId,
            "/api/v1/referrals/" + referralId,
            "/intakes/" + intakeId)) {
      mvc.perform(get(path).with(user(outsider))).andExpect(status().isNotFound());
    }
    assertThat(refused("person", personId)).isEqualTo(2);
    assertThat(refused("support_case", caseId)).isEqualTo(2);
    assertThat(refused("referral", referralId)).isEqualTo(2);
    assertThat(refused("intake", intakeId)).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM platform.audit_entry WHERE actor_user_id = ? AND action"
                        + " IN ('READ', 'READ_REDACTED')")
                .param(outsider.id())
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aReferralSeenWithoutItsPersonIsRecordedAsRedacted() throws Exception {
    mvc.perform(get("/api/v1/referrals/" + referralId).with(user(receiver)))
        .andExpect(status().isOk());
    assertThat(data.auditCount("READ_REDACTED", "referral", referralId)).isEqualTo(1);
    assertThat(data.auditCount("READ", "referral", referralId)).isZero();

    mvc.perform(get("/api/v1/referrals/" + referralId).with(user(coordinator)))
        .andExpect(status().isOk());
    assertThat(data.auditCount("READ", "referral", referralId)).isEqualTo(1);
  }

  private long refused(String objectType, long id) {
    return jdbc.sql(
            "SELECT count(*) FROM platform.audit_entry WHERE action = 'READ_REFUSED' AND"
                + " object_type = ? AND object_id = ? AND actor_user_id = ? AND actor_org_id = ?"
                + " AND occurred_at > now() - interval '5 minutes'")
        .params(objectType, String.valueOf(id), outsider.id(), outsider.organizationId())
        .query(Long.class)
        .single();
  }
}
