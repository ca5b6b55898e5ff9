package org.tsunagu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * Screens answer bad input with a 4xx page, never a 500: every page route, found from the request
 * mappings, gets ids that are not numbers or overflow, pages out of range and missing fields.
 */
@IntegrationTest
class PageBadInputTest {

  private static final List<String> BAD_IDS = List.of("abc", "-1", "99999999999999999999", "0");
  private static final List<String> BAD_QUERIES =
      List.of(
          "page=-1",
          "page=2147483647",
          "page=99999999999",
          "page=abc",
          "from=0000-01-01&to=9999-12-31",
          "lang=%00");

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Autowired MockMvc mvc;
  @Autowired TestData data;

  @Test
  void noPageRouteAnswersBadInputWithA500() throws Exception {
    long org = data.organization(OrganizationType.SHAKYO);
    List<String> failures = new ArrayList<>();
    int requests = 0;
    for (Role role : List.of(Role.ADMIN, Role.COORDINATOR)) {
      CurrentUser u = data.user(org, role);
      for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
          mappings.getHandlerMethods().entrySet()) {
        HandlerMethod h = e.getValue();
        if (!h.getBeanType().getPackageName().startsWith("org.tsunagu")
            || h.getBeanType().isAnnotationPresent(RestController.class)) {
          continue;
        }
        for (RequestMethod method : e.getKey().getMethodsCondition().getMethods()) {
          for (String pattern : e.getKey().getPatternValues()) {
            for (String id : BAD_IDS) {
              String path = pattern.replaceAll("\\{[^}]+}", id);
              for (String query : BAD_QUERIES) {
                int status =
                    mvc.perform(
                            request(HttpMethod.valueOf(method.name()), path + "?" + query)
                                .with(user(u))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                requests++;
                if (status >= 500) {
                  failures.add(role + " " + method + " " + path + "?" + query + " → " + status);
                }
              }
            }
          }
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(requests).isGreaterThan(1000);
  }

  @Test
  void aMissingOrOutOfRangeParameterIsA400Page() throws Exception {
    CurrentUser coordinator =
        data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    mvc.perform(get("/cases?page=2147483647").with(user(coordinator)))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/persons?page=-1").with(user(coordinator))).andExpect(status().isBadRequest());
    mvc.perform(post("/case-bases/1/end").with(user(coordinator)).with(csrf()))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/cases").with(user(coordinator))).andExpect(status().isOk());
  }
}
