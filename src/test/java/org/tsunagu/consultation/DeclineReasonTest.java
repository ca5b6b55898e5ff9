package org.tsunagu.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.consultation.internal.casework.CaseBases;
import org.tsunagu.consultation.internal.casework.PlanReviews;
import org.tsunagu.consultation.internal.casework.Plans;
import org.tsunagu.people.internal.organization.Organizations;
import org.tsunagu.support.ConsultationData;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * A receiver declines with a reason from the list and a note, on the page and in the API; a bad or
 * missing reason is a clear error. The receiver sees who referred and how to call them.
 */
@IntegrationTest
class DeclineReasonTest {

  @Autowired TestData data;
  @Autowired ConsultationData consultation;
  @Autowired Organizations organizations;
  @Autowired CaseBases bases;
  @Autowired Plans plans;
  @Autowired PlanReviews planReviews;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  CaseScene scene;

  @BeforeEach
  void setUp() {
    scene = new CaseScene(data, consultation, organizations, bases, plans, planReviews);
  }

  private String stored(long referralId) {
    return jdbc.sql(
            "SELECT status || ' ' || coalesce(decline_reason, '-') || ' ' || coalesce(decline_note,"
                + " '-') FROM consultation.referral WHERE id = ?")
        .param(referralId)
        .query(String.class)
        .single();
  }

  @Test
  void shouldShowTheReceiverTheSendersContactAndTheReasonsToChooseFrom() throws Exception {
    String html =
        mvc.perform(get("/referrals/" + scene.toNpo).with(user(scene.npoWorker)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains("紹介元の担当者")
        .contains(scene.coordinator.displayName())
        .contains("href=\"tel:" + CaseScene.PHONE + "\"")
        .contains("<summary>辞退する</summary>");
    for (String label :
        new String[] {"対象外の相談内容", "対象地域外", "受入枠がない", "本人の同意が得られない", "他機関が適切", "その他"}) {
      assertThat(html).contains(label);
    }
    mvc.perform(get("/api/v1/referrals/" + scene.toNpo).with(user(scene.npoWorker)))
        .andExpect(jsonPath("$.fromUserName").value(scene.coordinator.displayName()))
        .andExpect(jsonPath("$.fromOrgPhone").value(CaseScene.PHONE));
  }

  @Test
  void shouldDeclineOnThePageOnlyWithAReasonFromTheList() throws Exception {
    String path = "/referrals/" + scene.toNpo + "/decline";
    String missing =
        mvc.perform(post(path).with(user(scene.npoWorker)).with(csrf()).param("declineNote", "x"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(missing).contains("辞退の理由を一覧から選んでください。").contains("open=\"open\"");
    String other =
        mvc.perform(
                post(path).with(user(scene.npoWorker)).with(csrf()).param("declineReason", "OTHER"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(other).contains("「その他」を選んだときは、理由を書いてください。");
    mvc.perform(post(path).with(user(scene.npoWorker)).with(csrf()).param("declineReason", "FULL"))
        .andExpect(status().isBadRequest());
    assertThat(stored(scene.toNpo)).isEqualTo("PENDING - -");

    mvc.perform(
            post(path)
                .with(user(scene.npoWorker))
                .with(csrf())
                .param("declineReason", "OUT_OF_AREA")
                .param("declineNote", "  隣の市の方です  "))
        .andExpect(redirectedUrl("/referrals/" + scene.toNpo));
    assertThat(stored(scene.toNpo)).isEqualTo("DECLINED OUT_OF_AREA 隣の市の方です");
    String seen =
        mvc.perform(get("/referrals/" + scene.toNpo).with(user(scene.coordinator)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(CasePageTest.visibleText(seen)).contains("対象地域外").contains("隣の市の方です");
    CasePageTest.assertNoRawCodes(seen, "declined referral");
  }

  @Test
  void shouldDeclineInTheApiOnlyWithAReasonFromTheList() throws Exception {
    String path = "/api/v1/referrals/" + scene.toCentre + "/decline";
    mvc.perform(json(path, "{\"reason\":\"FULL\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    mvc.perform(json(path, "{\"reason\":\"OTHER\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("declineNote"));
    mvc.perform(json(path, "{\"note\":\"理由なし\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("declineReason"));
    assertThat(stored(scene.toCentre)).isEqualTo("PENDING - -");
    mvc.perform(json(path, "{\"reason\":\"OTHER_AGENCY_FITS\"}")).andExpect(status().isOk());
    assertThat(stored(scene.toCentre)).isEqualTo("DECLINED OTHER_AGENCY_FITS -");
    mvc.perform(get("/api/v1/referrals/" + scene.toCentre).with(user(scene.coordinator)))
        .andExpect(jsonPath("$.declineReason").value("OTHER_AGENCY_FITS"))
        .andExpect(jsonPath("$.events[?(@.kind == 'DECLINED')].note").value("OTHER_AGENCY_FITS"));
    mvc.perform(get("/api/v1/cases/" + scene.caseId).with(user(scene.coordinator)))
        .andExpect(
            jsonPath("$.referrals[?(@.id == " + scene.toCentre + ")].declineReason")
                .value("OTHER_AGENCY_FITS"));
  }

  @Test
  void theDocumentListsTheReasons() throws Exception {
    String json = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
    JsonNode schemas = new ObjectMapper().readTree(json).at("/components/schemas");
    assertThat(schemas.at("/DeclineRequest/required").toString()).contains("reason");
    assertThat(schemas.at("/DeclineRequest/properties/reason/enum").toString())
        .contains("OUT_OF_SCOPE", "OUT_OF_AREA", "NO_CAPACITY", "NO_CONSENT", "OTHER_AGENCY_FITS");
    assertThat(schemas.at("/ReferralResponse/properties/declineReason/enum").toString())
        .contains("NO_CONSENT");
    assertThat(schemas.at("/ReferralResponse/properties/fromOrgPhone").isMissingNode()).isFalse();
  }

  private org.springframework.test.web.servlet.RequestBuilder json(String path, String body) {
    return post(path)
        .with(user(scene.centreWorker))
        .with(csrf())
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }
}
