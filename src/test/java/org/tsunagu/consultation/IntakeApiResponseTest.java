package org.tsunagu.consultation;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.consultation.internal.intake.IntakeInput;
import org.tsunagu.consultation.internal.intake.IntakeRecording;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.security.ApiTokens;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.ConsultationData;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/** An intake read through the API is an API record: whom to call back only for the receiver. */
@IntegrationTest
class IntakeApiResponseTest {

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired ConsultationData consultation;
  @Autowired IntakeRecording recording;
  @Autowired ApiTokens tokens;

  @Test
  void shouldShowTheContactPhoneToTheReceiverOnlyAndNoInternalColumns() throws Exception {
    long org = data.organization(OrganizationType.SHAKYO);
    CurrentUser coordinator = data.user(org, Role.COORDINATOR);
    CurrentUser host = data.user(org, Role.SALON_HOST);
    long window = TestData.asUser(coordinator, () -> consultation.window(coordinator, "SALON"));
    IntakeInput card =
        new IntakeInput(
            window,
            "IN_PERSON",
            null,
            "NEIGHBOUR",
            null,
            null,
            "角の家の男性",
            "近所の佐藤さん",
            "090-1111-2222",
            "最近見かけない",
            Set.of(SupportDomain.ELDERLY_CARE),
            "NORMAL",
            true,
            false,
            null,
            null);
    long id = TestData.asUser(host, () -> recording.record(host, card));

    mvc.perform(get("/api/v1/intakes/" + id).header("Authorization", bearer(coordinator)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.contactPhone").value("090-1111-2222"))
        .andExpect(jsonPath("$.contactName").value("近所の佐藤さん"))
        .andExpect(jsonPath("$.recordedBy").doesNotExist())
        .andExpect(jsonPath("$.receivingOrgId").doesNotExist());
    mvc.perform(get("/api/v1/intakes/" + id).header("Authorization", bearer(host)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.ownWords").value("最近見かけない"))
        .andExpect(jsonPath("$.contactPhone").doesNotExist())
        .andExpect(jsonPath("$.contactName").doesNotExist());
  }

  private String bearer(CurrentUser user) {
    return "Bearer " + tokens.issue(user.id(), "t", Duration.ofHours(1)).token();
  }
}
