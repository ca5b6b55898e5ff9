package org.tsunagu.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tsunagu.platform.security.ApiTokens;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * What the administration screens manage is in the API too: the area tree, organisations with their
 * domains, areas and answer times, staff accounts, and a person's household.
 */
@IntegrationTest
class RegistryAdminApiTest {

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired ApiTokens tokens;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  String admin;
  String coordinator;
  long org;

  @BeforeEach
  void setUp() {
    org = data.organization(OrganizationType.SHAKYO);
    admin = token(data.user(org, Role.ADMIN));
    coordinator = token(data.user(org, Role.COORDINATOR));
  }

  @Test
  void aMunicipalityKeepsItsAreasInStepThroughTheApi() throws Exception {
    String city = TestData.unique("同期市");
    long cityId =
        created(
            mvc.perform(
                json(
                    post("/api/v1/areas"),
                    admin,
                    "{\"level\":\"MUNICIPALITY\",\"name\":\"" + city + "\",\"code\":\"08204\"}")));
    long townId =
        created(
            mvc.perform(
                json(
                    post("/api/v1/areas"),
                    admin,
                    "{\"parentId\":" + cityId + ",\"level\":\"TOWN\",\"name\":\"本町一丁目\"}")));
    mvc.perform(get("/api/v1/areas/" + townId).header("Authorization", "Bearer " + coordinator))
        .andExpect(jsonPath("$.parentId").value(cityId))
        .andExpect(jsonPath("$.level").value("TOWN"));
    mvc.perform(get("/api/v1/areas").header("Authorization", "Bearer " + coordinator))
        .andExpect(jsonPath("$[*].name", hasItem(city)));

    // The same name twice under one parent, an unknown parent, a bad level: problems, not rows.
    mvc.perform(
            json(
                post("/api/v1/areas"),
                admin,
                "{\"parentId\":" + cityId + ",\"level\":\"TOWN\",\"name\":\"本町一丁目\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("name"));
    mvc.perform(
            json(
                post("/api/v1/areas"),
                admin,
                "{\"parentId\":999999999,\"level\":\"TOWN\",\"name\":\"x\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("parentId"));
    mvc.perform(json(post("/api/v1/areas"), coordinator, "{\"level\":\"TOWN\",\"name\":\"x\"}"))
        .andExpect(status().isForbidden());
    // The tree keeps its order: municipality → 圏域 → 自治会 → 町丁目.
    mvc.perform(
            json(
                post("/api/v1/areas"),
                admin,
                "{\"parentId\":" + townId + ",\"level\":\"MUNICIPALITY\",\"name\":\"逆\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("level"));
    mvc.perform(json(post("/api/v1/areas"), admin, "{\"level\":\"TOWN\",\"name\":\"宙に浮く町\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("parentId"));
  }

  @Test
  void anAreaAddedByAnotherNodeIsKnownHereWithinSeconds() throws Exception {
    String city = TestData.unique("別ノード市");
    mvc.perform(
            json(
                post("/api/v1/areas"),
                admin,
                "{\"level\":\"MUNICIPALITY\",\"name\":\"x" + city + "\"}"))
        .andExpect(status().isCreated());
    mvc.perform(get("/api/v1/areas").header("Authorization", "Bearer " + admin))
        .andExpect(status().isOk());
    // Another node inserts directly; this node's snapshot of the tree does not hold it yet.
    long id =
        jdbc.sql(
                "INSERT INTO people.area (parent_id, level, name) VALUES (NULL, 'MUNICIPALITY', ?)"
                    + " RETURNING id")
            .param(city)
            .query(Long.class)
            .single();
    Thread.sleep(2_100);
    mvc.perform(
            json(
                post("/api/v1/areas"),
                admin,
                "{\"parentId\":" + id + ",\"level\":\"TOWN\",\"name\":\"新町\"}"))
        .andExpect(status().isCreated());
  }

  @Test
  void aShakyoKeepsItsPartnerListThroughTheApi() throws Exception {
    String name = TestData.unique("連携NPO");
    long id =
        created(
            mvc.perform(
                json(
                    post("/api/v1/organizations"),
                    admin,
                    "{\"name\":\""
                        + name
                        + "\",\"type\":\"NPO\",\"phone\":\"0280-22-0000\",\"responseDays\":5,"
                        + "\"domains\":[\"HOUSING\",\"POVERTY_DEBT\"],\"areaIds\":[]}")));
    mvc.perform(get("/api/v1/organizations/" + id).header("Authorization", "Bearer " + coordinator))
        .andExpect(jsonPath("$.responseDays").value(5))
        .andExpect(jsonPath("$.domains[*]", hasItem("HOUSING")));
    mvc.perform(
            json(
                put("/api/v1/organizations/" + id),
                admin,
                "{\"name\":\""
                    + name
                    + "\",\"type\":\"NPO\",\"responseDays\":2,\"active\":false,"
                    + "\"domains\":[\"ISOLATION\"]}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.active").value(false))
        .andExpect(jsonPath("$.responseDays").value(2))
        .andExpect(jsonPath("$.domains[0]").value("ISOLATION"));
    mvc.perform(
            json(put("/api/v1/organizations/" + id), admin, "{\"name\":\"\",\"responseDays\":99}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("responseDays")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("type")));
    mvc.perform(
            json(
                put("/api/v1/organizations/999999999"), admin, "{\"name\":\"x\",\"type\":\"NPO\"}"))
        .andExpect(status().isNotFound());
    mvc.perform(
            json(post("/api/v1/organizations"), coordinator, "{\"name\":\"x\",\"type\":\"NPO\"}"))
        .andExpect(status().isForbidden());
  }

  @Test
  void administratorsManageStaffAccountsThroughTheApi() throws Exception {
    String login = TestData.unique("staff");
    long id =
        created(
            mvc.perform(
                json(
                    post("/api/v1/users"),
                    admin,
                    "{\"username\":\""
                        + login
                        + "\",\"displayName\":\"新人 職員\",\"organizationId\":"
                        + org
                        + ",\"role\":\"AGENCY_WORKER\",\"password\":\"long-enough-pw\"}")));
    mvc.perform(
            json(
                post("/api/v1/users"),
                admin,
                "{\"username\":\""
                    + login
                    + "\",\"displayName\":\"二人目\",\"organizationId\":"
                    + org
                    + ",\"role\":\"AGENCY_WORKER\",\"password\":\"long-enough-pw\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("username"));
    mvc.perform(json(put("/api/v1/users/" + id + "/enabled"), admin, "{\"enabled\":false}"))
        .andExpect(status().isOk());
    mvc.perform(json(post("/api/v1/users/" + id + "/password"), admin, "{\"password\":\"short\"}"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            json(
                post("/api/v1/users/999999999/password"),
                admin,
                "{\"password\":\"long-enough-pw\"}"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/users?page=-1").header("Authorization", "Bearer " + admin))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + coordinator))
        .andExpect(status().isForbidden());
    mvc.perform(json(post("/api/v1/users"), coordinator, "{}")).andExpect(status().isForbidden());
  }

  @Test
  void aPersonsHouseholdIsReadThroughTheApi() throws Exception {
    CurrentUser coord = data.user(org, Role.COORDINATOR);
    String household = TestData.unique("世帯");
    var a = TestData.person("世帯", "一郎", "せたい", "いちろう", "1950-01-01");
    var b = TestData.person("世帯", "花子", "せたい", "はなこ", "1952-01-01");
    long first = data.register(coord, withHousehold(a, household));
    long second = data.register(coord, withHousehold(b, household));
    mvc.perform(
            get("/api/v1/persons/" + first + "/household")
                .header("Authorization", "Bearer " + token(coord)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reference").value(household))
        .andExpect(jsonPath("$.members[0].id").value(second));
    String outsider = token(data.user(data.organization(OrganizationType.NPO), Role.AGENCY_WORKER));
    mvc.perform(
            get("/api/v1/persons/" + first + "/household")
                .header("Authorization", "Bearer " + outsider))
        .andExpect(status().isNotFound());
  }

  private static org.tsunagu.people.internal.person.PersonInput withHousehold(
      org.tsunagu.people.internal.person.PersonInput p, String household) {
    return new org.tsunagu.people.internal.person.PersonInput(
        p.familyName(),
        p.givenName(),
        p.familyKana(),
        p.givenKana(),
        p.birthDate(),
        p.sex(),
        p.postcode(),
        p.prefecture(),
        p.municipality(),
        p.addressLine(),
        p.areaId(),
        p.areaName(),
        p.phone(),
        household,
        p.livingAlone(),
        p.needsSupport(),
        p.notes());
  }

  private String token(CurrentUser u) {
    return tokens.issue(u.id(), "test", Duration.ofHours(1)).token();
  }

  private static MockHttpServletRequestBuilder json(
      MockHttpServletRequestBuilder r, String token, String body) {
    return r.header("Authorization", "Bearer " + token)
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  private static long created(org.springframework.test.web.servlet.ResultActions r)
      throws Exception {
    String body =
        r.andExpect(status().isCreated())
            .andExpect(header().exists("Location"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Number id = JsonPath.read(body, "$.id");
    assertThat(id.longValue()).isPositive();
    return id.longValue();
  }
}
