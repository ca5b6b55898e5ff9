package org.tsunagu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.support.IntegrationTest;

/**
 * The served OpenAPI document lets a client generated from it work on the first try: every
 * operation has a summary, the bearer security and its problem responses; every choice names its
 * values. The document is also written to {@code target/openapi.json}, which {@code .ci/run} lints
 * with Redocly's recommended rules.
 */
@IntegrationTest
class OpenApiDocumentTest {

  @Autowired MockMvc mvc;

  JsonNode doc;

  @BeforeEach
  void fetch() throws Exception {
    String json = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
    Files.writeString(Path.of("target", "openapi.json"), json);
    doc = new ObjectMapper().readTree(json);
  }

  @Test
  void everyOperationHasASummaryTheBearerSecurityAndProblemResponses() {
    assertThat(doc.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        String name = op.getKey().toUpperCase() + " " + path.getKey();
        JsonNode o = op.getValue();
        if (o.path("summary").asText().isBlank()) {
          missing.add(name + ": summary");
        }
        for (String status : List.of("400", "401", "403", "404")) {
          if (o.at("/responses/" + status + "/content/application~1problem+json").isMissingNode()) {
            missing.add(name + ": " + status + " problem");
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyChoiceNamesItsValues() {
    JsonNode schemas = doc.at("/components/schemas");
    assertThat(schemas.at("/IntakeInput/properties/reporterKind/enum").toString())
        .contains("SELF", "NEIGHBOUR", "DELIVERY");
    assertThat(schemas.at("/IntakeInput/properties/channel/enum").toString()).contains("CARD");
    assertThat(schemas.at("/IntakeInput/properties/urgency/enum").toString()).contains("EMERGENCY");
    assertThat(schemas.at("/ConsentRequest/properties/givenBy/enum").toString()).contains("PROXY");
    assertThat(schemas.at("/PersonRequest/properties/sex/enum").toString()).contains("FEMALE");
    assertThat(schemas.at("/WindowInput/properties/kind/enum").toString()).contains("SALON");
  }

  @Test
  void everyRequiredFieldIsNamed() {
    JsonNode schemas = doc.at("/components/schemas");
    assertThat(schemas.at("/IntakeInput/required").toString())
        .contains("windowId", "channel", "reporterKind", "ownWords", "urgency");
    assertThat(schemas.at("/PersonRequest/required").toString())
        .contains("familyName", "givenName", "familyKana", "givenKana");
    assertThat(schemas.at("/SendInput/required").toString())
        .contains("toOrganizationIds", "summary", "domains", "urgency");
    assertThat(schemas.at("/ConsentRequest/required").toString())
        .contains("purpose", "givenBy", "method");
    assertThat(schemas.at("/AccountInput/required").toString()).contains("username", "role");
  }

  @Test
  void creationsDocumentTheStatusTheyAnswer() {
    assertThat(doc.at("/paths/~1api~1v1~1persons/post/responses/201").isMissingNode()).isFalse();
    assertThat(doc.at("/paths/~1api~1v1~1intakes/post/responses/201").isMissingNode()).isFalse();
    assertThat(doc.at("/paths/~1api~1v1~1imports~1persons/post/responses/202").isMissingNode())
        .isFalse();
    assertThat(doc.at("/paths/~1api~1v1~1persons/post/responses/200").isMissingNode()).isTrue();
  }
}
