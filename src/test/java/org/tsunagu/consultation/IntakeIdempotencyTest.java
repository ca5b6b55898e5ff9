package org.tsunagu.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tsunagu.consultation.internal.intake.IntakeRecording;
import org.tsunagu.consultation.internal.window.WindowOpening;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.security.ApiTokens;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.ConsultationData;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * No card is ever lost: an idempotency key belongs to its caller (API token, else user). Another
 * organisation's device with the same key gets its own record; the same caller's repeat gets the
 * first; the same key with another card is refused.
 */
@IntegrationTest
class IntakeIdempotencyTest {

  @Autowired TestData data;
  @Autowired WindowOpening windowOpening;
  @Autowired IntakeRecording recording;
  @Autowired ApiTokens tokens;
  @Autowired MockMvc mvc;

  CurrentUser hostA;
  CurrentUser hostB;
  long windowA;
  long windowB;

  @BeforeEach
  void setUp() {
    long shakyo = data.organization(OrganizationType.SHAKYO);
    CurrentUser coordinator = data.user(shakyo, Role.COORDINATOR);
    long salonA = data.organization(OrganizationType.VOLUNTEER_GROUP);
    long salonB = data.organization(OrganizationType.VOLUNTEER_GROUP);
    hostA = data.user(salonA, Role.SALON_HOST);
    hostB = data.user(salonB, Role.SALON_HOST);
    windowA = salon(coordinator, salonA, shakyo);
    windowB = salon(coordinator, salonB, shakyo);
  }

  private long salon(CurrentUser coordinator, long runBy, long receiving) {
    return TestData.asUser(
        coordinator,
        () ->
            windowOpening.create(
                coordinator,
                new WindowOpening.WindowInput(
                    TestData.unique("サロン"), "SALON", runBy, receiving, null, null)));
  }

  private static String card(long window, String ownWords) {
    return "{\"windowId\":"
        + window
        + ",\"channel\":\"CARD\",\"reporterKind\":\"SALON_HOST\",\"subjectDescription\":\"角の家の男性\","
        + "\"ownWords\":\""
        + ownWords
        + "\",\"domains\":[\"ISOLATION\",\"HOARDING\"],\"urgency\":\"HIGH\",\"mayContact\":true}";
  }

  private MockHttpServletRequestBuilder send(String token, String key, String body) {
    return post("/api/v1/intakes")
        .header("Authorization", "Bearer " + token)
        .header("Idempotency-Key", key)
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  private long intakesAt(long window) {
    return data.count("consultation.intake WHERE window_id = " + window);
  }

  private String token(CurrentUser host) {
    return tokens.issue(host.id(), TestData.unique("端末"), Duration.ofDays(1)).token();
  }

  private static long id(String json) {
    return Long.parseLong(json.replaceAll("\\D", ""));
  }

  @Test
  void shouldKeepAnotherOrganisationsCardSentWithTheSameKey() throws Exception {
    String key = "card-" + System.nanoTime();
    String first =
        mvc.perform(send(token(hostA), key, card(windowA, "ごみが庭にあふれている")))
            .andExpect(status().isCreated())
            .andExpect(header().doesNotExist("Idempotent-Replayed"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String second =
        mvc.perform(send(token(hostB), key, card(windowB, "新聞がたまっている")))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(id(second)).isNotEqualTo(id(first));
    assertThat(intakesAt(windowA)).isEqualTo(1);
    assertThat(intakesAt(windowB)).isEqualTo(1);
  }

  @Test
  void shouldAnswerTheSameCallersRepeatWithTheFirstAndRefuseAnotherCardUnderItsKey()
      throws Exception {
    String token = token(hostA);
    String key = "card-" + System.nanoTime();
    String body = card(windowA, "ごみが庭にあふれている");
    String first =
        mvc.perform(send(token, key, body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    mvc.perform(send(token, key, body))
        .andExpect(status().isCreated())
        .andExpect(header().string("Idempotent-Replayed", "true"))
        .andExpect(jsonPath("$.id").value(id(first)));
    // The same key with the domains in another order is the same card.
    mvc.perform(
            send(
                token,
                key,
                body.replace("\"ISOLATION\",\"HOARDING\"", "\"HOARDING\",\"ISOLATION\"")))
        .andExpect(jsonPath("$.id").value(id(first)));
    mvc.perform(send(token, key, card(windowA, "別の人の話")))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title", Matchers.containsString("この再送キーは別の内容で使われています")));
    assertThat(intakesAt(windowA)).isEqualTo(1);
  }

  @Test
  void shouldRefuseAKeyThatIsEmptyTooLongOrNotPrintableAscii() throws Exception {
    String token = token(hostA);
    String body = card(windowA, "話を聞いた");
    for (String bad : new String[] {"", "x".repeat(201), "キー"}) {
      mvc.perform(
              post("/api/v1/intakes")
                  .header("Authorization", "Bearer " + token)
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(body.replace("{", "{\"idempotencyKey\":\"" + bad + "\",")))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
    mvc.perform(send(token, "k".repeat(200), body)).andExpect(status().isCreated());
    assertThat(intakesAt(windowA)).isEqualTo(1);
  }

  @Test
  void shouldCreateOneRecordWhenTheSameRequestArrivesTwiceAtOnce() throws Exception {
    var input =
        ConsultationData.intake(windowA, null, "二度押し", Set.of(SupportDomain.ISOLATION), false)
            .withIdempotencyKey("twice-" + System.nanoTime());
    CyclicBarrier barrier = new CyclicBarrier(2);
    Callable<Long> sendOnce =
        () ->
            TestData.asUser(
                hostA,
                () -> {
                  try {
                    barrier.await(10, TimeUnit.SECONDS);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                  return recording.record(hostA, input);
                });
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Long> a = pool.submit(sendOnce);
      Future<Long> b = pool.submit(sendOnce);
      assertThat(a.get(30, TimeUnit.SECONDS)).isEqualTo(b.get(30, TimeUnit.SECONDS));
    } finally {
      pool.shutdownNow();
    }
    assertThat(intakesAt(windowA)).isEqualTo(1);
  }

  @Test
  void shouldKeepEachSalonHostsCardFromTheWebFormUnderTheSameKey() throws Exception {
    String key = "form-" + System.nanoTime();
    for (CurrentUser host : new CurrentUser[] {hostA, hostA, hostB}) {
      mvc.perform(
              post("/card")
                  .with(user(host))
                  .with(csrf())
                  .param("idempotencyKey", key)
                  .param("windowId", String.valueOf(host == hostA ? windowA : windowB))
                  .param("domains", "ISOLATION")
                  .param("urgency", "HIGH")
                  .param("mayContact", "true")
                  .param("shareAgreed", "false")
                  .param("subjectDescription", "角の家の男性")
                  .param("ownWords", "最近姿を見ない"))
          .andExpect(status().is3xxRedirection());
    }
    assertThat(intakesAt(windowA)).isEqualTo(1);
    assertThat(intakesAt(windowB)).isEqualTo(1);
  }
}
