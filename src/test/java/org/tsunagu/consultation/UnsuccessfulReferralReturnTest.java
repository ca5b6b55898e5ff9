package org.tsunagu.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.consultation.internal.referral.ReferralQueries;
import org.tsunagu.people.OrganizationSuggestion;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.people.internal.organization.Organizations;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.worklist.WorkFilter;
import org.tsunagu.platform.worklist.WorkItem;
import org.tsunagu.platform.worklist.WorkList;
import org.tsunagu.support.ConsultationData;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * A referral completed without connecting the person comes back to the referrer like a declined
 * one: on the work list with its reason, on the case page with the next step, and out of the next
 * suggestions, until the referrer refers again or dismisses it.
 */
@IntegrationTest
class UnsuccessfulReferralReturnTest {

  @Autowired TestData data;
  @Autowired ConsultationData consultation;
  @Autowired Organizations organizations;
  @Autowired ReferralQueries referralQueries;
  @Autowired WorkList workList;
  @Autowired MockMvc mvc;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  CurrentUser coordinator;
  CurrentUser agency;
  long agencyOrg;
  String agencyName;
  long caseId;

  @BeforeEach
  void setUp() {
    coordinator = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    // Declares every domain and sorts first by name, so it heads the suggestions until excluded.
    agencyName = TestData.unique("000つなぎ先");
    agencyOrg =
        organizations.create(
            agencyName,
            OrganizationType.SELF_RELIANCE_SUPPORT,
            null,
            3,
            EnumSet.allOf(SupportDomain.class),
            Set.of());
    agency = data.user(agencyOrg, Role.AGENCY_WORKER);
    long personId =
        data.register(coordinator, TestData.person("戻田", "良子", "もどりた", "よしこ", "1955-03-03"));
    caseId = consultation.openCase(coordinator, personId, EnumSet.allOf(SupportDomain.class));
  }

  private String suggestionBox(long orgId) {
    return "type=\"checkbox\" name=\"toOrganizationIds\" value=\"" + orgId + "\"";
  }

  private List<WorkItem> returned() {
    WorkFilter everything = new WorkFilter(WorkFilter.Scope.ORGANIZATION, null, null, null);
    return workList.listFor(coordinator, everything).items().stream()
        .filter(
            i ->
                i.summaryKey().matches("worklist\\.summary\\.referral(Declined|Unsuccessful)")
                    && i.href().equals("/cases/" + caseId + "?tab=referrals#tabs"))
        .toList();
  }

  private List<Long> suggested() {
    return TestData.asUser(
        coordinator,
        () ->
            referralQueries.suggestions(coordinator, caseId).stream()
                .map(OrganizationSuggestion::organization)
                .map(o -> o.id())
                .toList());
  }

  private long referAndCompleteUnsuccessfully(String reason) throws Exception {
    long referral = consultation.refer(coordinator, caseId, null, agencyOrg).get(0);
    for (String step : new String[] {"accept", "start"}) {
      mvc.perform(
              post("/api/v1/referrals/" + referral + "/" + step).with(user(agency)).with(csrf()))
          .andExpect(status().isOk());
    }
    mvc.perform(
            post("/api/v1/referrals/" + referral + "/complete")
                .with(user(agency))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"outcome\":\"UNSUCCESSFUL\",\"unsuccessfulReason\":\""
                        + reason
                        + "\",\"note\":\"3回訪ねたが会えなかった\"}"))
        .andExpect(status().isOk());
    return referral;
  }

  @Test
  void closingTheCaseTakesItsReturnsOffTheWorkList() throws Exception {
    referAndCompleteUnsuccessfully("PERSON_REFUSED");
    assertThat(returned()).hasSize(1);
    int version =
        jdbc.sql("SELECT version FROM consultation.support_case WHERE id = ?")
            .param(caseId)
            .query(Integer.class)
            .single();
    mvc.perform(
            post("/api/v1/cases/" + caseId + "/close")
                .with(user(coordinator))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version + ",\"reason\":\"PERSON_DECLINED\"}"))
        .andExpect(status().isOk());
    assertThat(returned()).isEmpty();
  }

  @Test
  void shouldReturnAnUnsuccessfulReferralToTheWorkListUntilReferredAgain() throws Exception {
    assertThat(suggested()).contains(agencyOrg);
    referAndCompleteUnsuccessfully("COULD_NOT_REACH");

    List<WorkItem> items = returned();
    assertThat(items).hasSize(1);
    assertThat(items.get(0).summaryKey()).isEqualTo("worklist.summary.referralUnsuccessful");
    assertThat(items.get(0).summaryArgs()[0]).isEqualTo(agencyName);
    assertThat(suggested()).doesNotContain(agencyOrg);

    // Referring the case again (to whomever) is the referrer's answer: the return is dealt with.
    long other = data.organization(OrganizationType.COMMUNITY_CARE_CENTER);
    consultation.refer(coordinator, caseId, null, other);
    assertThat(returned()).isEmpty();
    // A referral still in the loop (no outcome yet) beside the returned one: the case still opens.
    mvc.perform(get("/api/v1/cases/" + caseId).with(user(coordinator))).andExpect(status().isOk());
  }

  @Test
  void shouldShowTheReturnWithItsReasonOnTheWorkListAndCasePageUntilDismissed() throws Exception {
    mvc.perform(get("/cases/" + caseId + "/referrals/new").with(user(coordinator)))
        .andExpect(content().string(Matchers.containsString(suggestionBox(agencyOrg))));
    long referral = referAndCompleteUnsuccessfully("PERSON_REFUSED");

    mvc.perform(get("/").with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("支援につながらず戻りました")))
        .andExpect(content().string(Matchers.containsString("本人が断った")));
    mvc.perform(get("/cases/" + caseId).with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("支援につながらず戻ってきました")))
        .andExpect(content().string(Matchers.containsString("本人が断った")));
    // The head says it came back; the referrals tab offers to refer again or not.
    mvc.perform(get("/cases/" + caseId + "?tab=referrals").with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(Matchers.containsString("/referrals/" + referral + "/dismiss-return")));
    mvc.perform(get("/cases/" + caseId + "/referrals/new").with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(
            content().string(Matchers.not(Matchers.containsString(suggestionBox(agencyOrg)))));

    mvc.perform(
            post("/referrals/" + referral + "/dismiss-return")
                .with(user(coordinator))
                .with(csrf())
                .param("caseId", String.valueOf(caseId)))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/").with(user(coordinator)))
        .andExpect(content().string(Matchers.not(Matchers.containsString("支援につながらず戻りました"))));
    mvc.perform(get("/cases/" + caseId).with(user(coordinator)))
        .andExpect(content().string(Matchers.not(Matchers.containsString("支援につながらず戻ってきました"))));
  }
}
