package org.tsunagu.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.consultation.internal.casework.CaseBases;
import org.tsunagu.consultation.internal.casework.PlanReviews;
import org.tsunagu.consultation.internal.casework.Plans;
import org.tsunagu.consultation.internal.conference.ConferenceConvening;
import org.tsunagu.consultation.internal.conference.ConferenceOutcomes;
import org.tsunagu.consultation.internal.conference.Conferences;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.internal.organization.Organizations;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.ConsultationData;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * The face sheet, the support plan and a conference's participants and minutes print on A4, as a
 * print view and as a PDF with Japanese text embedded; reading one is reading the case or the
 * conference (audited, and not found for anyone who may not read it).
 */
@IntegrationTest
class CasePrintTest {

  @Autowired TestData data;
  @Autowired ConsultationData consultation;
  @Autowired Organizations organizations;
  @Autowired CaseBases bases;
  @Autowired Plans plans;
  @Autowired PlanReviews planReviews;
  @Autowired ConferenceConvening convening;
  @Autowired ConferenceOutcomes outcomes;
  @Autowired MockMvc mvc;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  CaseScene scene;

  @BeforeEach
  void setUp() {
    scene = new CaseScene(data, consultation, organizations, bases, plans, planReviews);
  }

  private byte[] pdf(CurrentUser as, String path) throws Exception {
    return mvc.perform(get(path).with(user(as)))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  /** The PDF's text, after checking it is A4 with every font embedded. */
  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        assertThat(page.getMediaBox().getWidth())
            .isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
        assertThat(page.getMediaBox().getHeight())
            .isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void shouldPrintTheFaceSheetWithThePersonHouseholdBasesAndReferrals() throws Exception {
    String html =
        mvc.perform(
                get("/cases/" + scene.caseId + "/print/face-sheet").with(user(scene.coordinator)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("/css/print.css").doesNotContain("class=\"top\"");
    String text = text(pdf(scene.coordinator, "/cases/" + scene.caseId + "/print/face-sheet.pdf"));
    assertThat(text)
        .contains("フェイスシート")
        .contains(scene.family + " ハル")
        .contains(scene.family + " 一郎")
        .contains("本町1-2-3")
        .contains("生活困窮・債務")
        .contains("ケースで本人の同意を記録")
        .contains("回答待ち");
    CasePageTest.assertNoRawCodes(html, "face sheet");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM platform.audit_entry WHERE action = 'READ' AND"
                        + " object_type = 'support_case' AND object_id = ? AND detail ="
                        + " 'print:face-sheet'")
                .param(String.valueOf(scene.caseId))
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void shouldPrintTheSupportPlanForAMeetingOrAVisit() throws Exception {
    String text = text(pdf(scene.coordinator, "/cases/" + scene.caseId + "/print/plan.pdf"));
    assertThat(text)
        .contains("支援プラン")
        .contains("家賃の滞納を解消する")
        .contains("家計の状況を一緒に整理する")
        .contains("滞納額を確認した")
        .contains("メモ");
  }

  @Test
  void shouldPrintAConferencesParticipantsAndMinutes() throws Exception {
    long id =
        TestData.asUser(
            scene.coordinator,
            () -> {
              long c =
                  convening.convene(
                      scene.coordinator,
                      new ConferenceConvening.NewConference(
                          Conferences.Kind.SUPPORT_MEETING,
                          "地区の支援会議",
                          LocalDate.now().plusDays(3),
                          "公民館",
                          List.of(scene.caseId),
                          List.of(new ConferenceConvening.Participant(scene.centre, "包括 花子"))));
              outcomes.recordMinutes(scene.coordinator, c, 0, "役割分担を確認した。");
              return c;
            });
    String html =
        mvc.perform(get("/conferences/" + id + "/print").with(user(scene.coordinator)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    CasePageTest.assertNoRawCodes(html, "conference print");
    String text = text(pdf(scene.coordinator, "/conferences/" + id + "/print.pdf"));
    assertThat(text).contains("地区の支援会議").contains("包括 花子").contains("未確認").contains("役割分担を確認した。");
    // A participant that has not acknowledged confidentiality gets the list, not the minutes.
    String unacknowledged = text(pdf(scene.centreWorker, "/conferences/" + id + "/print.pdf"));
    assertThat(unacknowledged).contains("包括 花子").doesNotContain("役割分担を確認した。");
    CurrentUser outsider = data.user(data.organization(OrganizationType.NPO), Role.COORDINATOR);
    mvc.perform(get("/conferences/" + id + "/print.pdf").with(user(outsider)))
        .andExpect(status().isNotFound());
    CurrentUser evaluator = data.user(scene.shakyo, Role.EVALUATOR);
    mvc.perform(get("/conferences/" + id + "/print").with(user(evaluator)))
        .andExpect(status().isForbidden());
  }

  @Test
  void shouldRefuseEveryPrintToThoseWhoMayNotReadTheCase() throws Exception {
    CurrentUser otherOrg = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    CurrentUser evaluator = data.user(scene.shakyo, Role.EVALUATOR);
    long refusedBefore = data.auditCount("READ_REFUSED", "support_case", scene.caseId);
    for (String print : new String[] {"face-sheet", "face-sheet.pdf", "plan", "plan.pdf"}) {
      String path = "/cases/" + scene.caseId + "/print/" + print;
      mvc.perform(get(path).with(user(otherOrg))).andExpect(status().isNotFound());
      int refused =
          mvc.perform(get(path).with(user(evaluator))).andReturn().getResponse().getStatus();
      assertThat(refused).as(path).isIn(403, 404);
      // The receiver of a referral still pending has not been let into the case.
      mvc.perform(get(path).with(user(scene.npoWorker))).andExpect(status().isNotFound());
    }
    assertThat(data.auditCount("READ_REFUSED", "support_case", scene.caseId))
        .isGreaterThan(refusedBefore);
  }
}
