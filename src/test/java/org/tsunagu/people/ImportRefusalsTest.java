package org.tsunagu.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.platform.jobs.BackgroundJobs;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The import page's help, the queue position, files that cannot be read, and who is refused. */
@IntegrationTest
class ImportRefusalsTest {

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired ObjectMapper json;
  @Autowired BackgroundJobs jobs;

  CurrentUser coordinator;

  @BeforeEach
  void setUp() {
    coordinator = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
  }

  private JsonNode importStatus(long id) throws Exception {
    return json.readTree(
        mvc.perform(get("/api/v1/imports/" + id).with(user(coordinator)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private JsonNode uploadAndWait(byte[] content) throws Exception {
    JsonNode accepted =
        json.readTree(
            mvc.perform(
                    multipart("/api/v1/imports/persons")
                        .file(
                            new MockMultipartFile(
                                "file", "x.xlsx", "application/octet-stream", content))
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString());
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode s = importStatus(accepted.path("id").asLong());
      if (s.path("status").asText().matches("SUCCEEDED|FAILED")) {
        return s;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("import did not finish");
  }

  @Test
  void shouldExplainTheTemplateAndTheAcceptedFormats() throws Exception {
    mvc.perform(get("/imports").with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/imports/template.csv")))
        .andExpect(content().string(containsString("/imports/template.xlsx")))
        .andExpect(content().string(containsString("S15.4.1、昭和15年4月1日")))
        .andExpect(content().string(containsString("男・男性・1・M")))
        .andExpect(content().string(containsString("5MB・50,000行まで")));
  }

  @Test
  void shouldShowAWaitingImportsPlaceInTheQueue() throws Exception {
    byte[] csv = "氏,名\n".getBytes(StandardCharsets.UTF_8);
    long first =
        jobs.enqueue("PERSON_IMPORT", coordinator.id(), coordinator.organizationId(), "a.csv", csv);
    long second =
        jobs.enqueue("PERSON_IMPORT", coordinator.id(), coordinator.organizationId(), "b.csv", csv);
    try {
      int place = importStatus(first).path("queuePosition").asInt();
      assertThat(place).isPositive();
      assertThat(importStatus(second).path("queuePosition").asInt()).isEqualTo(place + 1);
      mvc.perform(get("/imports/" + second).with(user(coordinator)))
          .andExpect(content().string(containsString("取り込み待ちの" + (place + 1) + "番目です。")));
    } finally {
      jobs.fail(first, "import.error.unexpected", null, null);
      jobs.fail(second, "import.error.unexpected", null, null);
    }
    assertThat(importStatus(second).path("queuePosition").asInt()).isZero();
  }

  @Test
  void shouldSayWhyAWorkbookCannotBeRead() throws Exception {
    byte[] brokenXlsx = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6};
    assertThat(uploadAndWait(brokenXlsx).path("messageKey").asText())
        .isEqualTo("import.error.xlsx");
    byte[] oldXls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
    assertThat(uploadAndWait(oldXls).path("messageKey").asText()).isEqualTo("import.error.xls");
  }

  @Test
  void shouldRefuseABadMappingWithAProblemNeverA500() throws Exception {
    JsonNode waiting =
        json.readTree(
            mvc.perform(
                    multipart("/api/v1/imports/persons")
                        .file(
                            new MockMultipartFile(
                                "file",
                                "l.csv",
                                "text/csv",
                                "氏名,カナ\n山田 花子,ヤマダ ハナコ\n".getBytes(StandardCharsets.UTF_8)))
                        .with(user(coordinator))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString());
    long id = waiting.path("id").asLong();
    String url = "/api/v1/imports/" + id + "/mapping";
    for (String body :
        new String[] {
          "{\"sources\":{\"familyName\":\"whole\"}}",
          "{\"sources\":{\"noSuchColumn\":\"0:氏名\"}}",
          "{\"sources\":{\"familyName\":\"1:氏名\"}}",
          "{\"sources\":{\"familyName\":\"1:氏名\",\"givenName\":\"2:氏名\",\"familyKana\":\"1:ない\",\"givenKana\":\"2:カナ\"}}",
          "{\"sources\":\"氏名\"}",
          "not json"
        }) {
      mvc.perform(
              put(url)
                  .with(user(coordinator))
                  .with(csrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(body))
          .andExpect(status().isBadRequest());
    }
    assertThat(importStatus(id).path("status").asText()).isEqualTo("AWAITING_MAPPING");
    mvc.perform(get("/api/v1/imports/999999999/mapping").with(user(coordinator)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/imports/999999999/mapping").with(user(coordinator)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/imports/abc/mapping").with(user(coordinator)))
        .andExpect(status().isBadRequest());
  }

  @Test
  void shouldRefuseEveryImportRouteToRolesWithoutImport() throws Exception {
    for (Role role : new Role[] {Role.MUNICIPAL_OFFICER, Role.EVALUATOR, Role.SALON_HOST}) {
      CurrentUser u = data.user(coordinator.organizationId(), role);
      for (String path :
          new String[] {
            "/imports", "/imports/template.csv", "/imports/template.xlsx",
            "/api/v1/imports/persons/template.csv", "/api/v1/imports/1/mapping",
                "/imports/1/mapping"
          }) {
        mvc.perform(get(path).with(user(u))).andExpect(status().isForbidden());
      }
      mvc.perform(
              post("/imports/1/mapping")
                  .param("source.familyName", "0:氏")
                  .with(user(u))
                  .with(csrf()))
          .andExpect(status().isForbidden());
      mvc.perform(
              put("/api/v1/imports/1/mapping")
                  .with(user(u))
                  .with(csrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"sources\":{}}"))
          .andExpect(status().isForbidden())
          .andExpect(jsonPath("$.status").value(403));
    }
  }
}
