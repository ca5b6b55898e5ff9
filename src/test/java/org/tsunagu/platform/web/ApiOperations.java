package org.tsunagu.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The operations of a served OpenAPI document, with their parameters and body schema. */
record ApiOperations(JsonNode document) {

  record Parameter(String name, String in, JsonNode schema) {}

  record Operation(String method, String path, List<Parameter> parameters, JsonNode bodySchema) {}

  List<Operation> all() {
    List<Operation> ops = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        List<Parameter> params = new ArrayList<>();
        for (JsonNode p : op.getValue().path("parameters")) {
          params.add(
              new Parameter(
                  p.path("name").asString(), p.path("in").asString(), resolve(p.path("schema"))));
        }
        JsonNode body = null;
        JsonNode content = op.getValue().path("requestBody").path("content");
        if (!content.isMissingNode() && content.properties().iterator().hasNext()) {
          body = resolve(content.properties().iterator().next().getValue().path("schema"));
        }
        ops.add(new Operation(op.getKey().toUpperCase(), path.getKey(), params, body));
      }
    }
    return ops;
  }

  /** Follows a {@code $ref} to its schema under components. */
  JsonNode resolve(JsonNode schema) {
    JsonNode ref = schema.path("$ref");
    if (ref.isString()) {
      String name = ref.asString().substring(ref.asString().lastIndexOf('/') + 1);
      return resolve(document.path("components").path("schemas").path(name));
    }
    return schema;
  }
}
