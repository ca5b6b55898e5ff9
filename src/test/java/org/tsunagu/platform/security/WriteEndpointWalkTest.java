package org.tsunagu.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * Walks every write endpoint of the application, found from the request mappings (so a new one is
 * covered without editing this test), as a user of every role: each write declares what it needs,
 * and every role without it is refused with 403 before anything is read or written.
 */
@IntegrationTest
class WriteEndpointWalkTest {

  private static final Set<RequestMethod> WRITES =
      EnumSet.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired RolePermissions permissions;

  record Write(RequestMethod method, String path, HandlerMethod handler, boolean multipart) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  @Test
  void everyWriteDeclaresThePermissionItNeeds() {
    List<Write> writes = writes();
    assertThat(writes).hasSizeGreaterThan(50);
    assertThat(writes)
        .filteredOn(w -> WritePermissionInterceptor.declared(w.handler()).isEmpty())
        .as("writes without @WritePermission")
        .isEmpty();
  }

  @Test
  void everyRoleIsRefusedEveryWriteItsPermissionsDoNotGive() throws Exception {
    long org = data.organization(OrganizationType.NPO);
    List<String> allowedWrongly = new ArrayList<>();
    int refusals = 0;
    for (Role role : Role.values()) {
      CurrentUser u = data.user(org, role);
      for (Write w : writes()) {
        WritePermission declared = WritePermissionInterceptor.declared(w.handler()).orElseThrow();
        if (WritePermissionInterceptor.permits(declared, u)) {
          continue;
        }
        int status = mvc.perform(build(w, u)).andReturn().getResponse().getStatus();
        if (status != 403) {
          allowedWrongly.add(role + " → " + w + " answered " + status);
        }
        refusals++;
      }
    }
    assertThat(allowedWrongly).isEmpty();
    assertThat(refusals).isGreaterThan(300);
  }

  @Test
  void everyWriteNamesADeclaredPermission() {
    assertThat(writes())
        .flatMap(
            w -> List.of(WritePermissionInterceptor.declared(w.handler()).orElseThrow().value()))
        .as("permissions no module declared")
        .isSubsetOf(permissions.declared());
  }

  /** The defaults of product.md's "Who does what"; a role is widened only by changing both. */
  @Test
  void rolesHoldWhatProductGivesThemAndNothingMore() {
    Set<String> coordinator =
        Set.of(
            "PERSON_READ",
            "PERSON_WRITE",
            "CONSENT_RECORD",
            "IMPORT",
            "EXPORT",
            "INTAKE_RECORD",
            "CASE_WORK",
            "CONFERENCE_MANAGE",
            "NUMBERS_READ",
            "WATCH_REPORT",
            "WATCH_ALERT",
            "WATCH_MANAGE",
            "DISASTER_REGISTRY_READ",
            "DISASTER_REGISTRY_MANAGE",
            "SAFETY_CHECK_RUN",
            "AID_MANAGE");
    Map<Role, Set<String>> expected =
        Map.ofEntries(
            Map.entry(Role.ADMIN, permissions.declared()),
            Map.entry(Role.COORDINATOR, coordinator),
            Map.entry(
                Role.AGENCY_WORKER,
                Set.of(
                    "PERSON_READ",
                    "PERSON_WRITE",
                    "CONSENT_RECORD",
                    "INTAKE_RECORD",
                    "CASE_WORK",
                    "CONFERENCE_MANAGE",
                    "WATCH_ALERT",
                    "DISASTER_REGISTRY_READ")),
            Map.entry(
                Role.MUNICIPAL_OFFICER,
                Set.of(
                    "PERSON_READ",
                    "CASE_WORK",
                    "CONFERENCE_MANAGE",
                    "NUMBERS_READ",
                    "WATCH_ALERT",
                    "DISASTER_REGISTRY_READ",
                    "DISASTER_REGISTRY_MANAGE",
                    "SAFETY_CHECK_RUN")),
            Map.entry(
                Role.COOP_STAFF,
                Set.of(
                    "PERSON_READ",
                    "PERSON_WRITE",
                    "INTAKE_RECORD",
                    "WATCH_REPORT",
                    "WATCH_ALERT",
                    "AID_MANAGE")),
            Map.entry(Role.DELIVERY_STAFF, Set.of("WATCH_REPORT")),
            Map.entry(
                Role.WATCHER,
                Set.of("INTAKE_RECORD", "WATCH_REPORT", "WATCH_ALERT", "DISASTER_REGISTRY_READ")),
            Map.entry(Role.SUPPORTER, Set.of("AID_REPORT")),
            Map.entry(Role.MEMBER, Set.of("AID_REQUEST")),
            Map.entry(Role.SALON_HOST, Set.of("INTAKE_RECORD")),
            Map.entry(Role.FOOD_BANK_STAFF, Set.of()),
            Map.entry(Role.EVALUATOR, Set.of("NUMBERS_READ")));
    assertThat(permissions.declared())
        .containsAll(coordinator)
        .contains("PERSON_MERGE", "MANAGE_USERS", "MANAGE_ORGANIZATIONS", "AUDIT_READ");
    for (Role role : Role.values()) {
      assertThat(permissions.of(role)).as(role.name()).isEqualTo(expected.get(role));
      assertThat(data.user(data.organization(OrganizationType.NPO), role).permissions())
          .as("a signed-in " + role.name())
          .isEqualTo(expected.get(role));
    }
  }

  private List<Write> writes() {
    List<Write> writes = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
      if (!e.getValue().getBeanType().getPackageName().startsWith("org.tsunagu")) {
        continue;
      }
      RequestMappingInfo info = e.getKey();
      boolean multipart =
          info.getConsumesCondition().getConsumableMediaTypes().stream()
              .anyMatch(MediaType.MULTIPART_FORM_DATA::includes);
      for (RequestMethod method : info.getMethodsCondition().getMethods()) {
        if (!WRITES.contains(method)) {
          continue;
        }
        for (String pattern : info.getPatternValues()) {
          writes.add(
              new Write(method, pattern.replaceAll("\\{[^}]+}", "1"), e.getValue(), multipart));
        }
      }
    }
    return writes;
  }

  private static RequestBuilder build(Write w, CurrentUser u) {
    if (w.multipart()) {
      return multipart(w.path())
          .file(new MockMultipartFile("file", "a.csv", "text/csv", new byte[] {'a'}))
          .with(user(u))
          .with(csrf());
    }
    return request(HttpMethod.valueOf(w.method().name()), w.path())
        .contentType(MediaType.APPLICATION_JSON)
        .content("{}")
        .with(user(u))
        .with(csrf());
  }
}
