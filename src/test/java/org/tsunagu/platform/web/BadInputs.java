package org.tsunagu.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bad requests sent to one operation, derived from its OpenAPI description alone. */
final class BadInputs {

  record Request(
      String label,
      String method,
      String uri,
      String contentType,
      String body,
      Map<String, String> headers) {}

  static final String JSON = "application/json";
  private static final String HUGE = "あ".repeat(20_000);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final ApiOperations doc;

  BadInputs(ApiOperations doc) {
    this.doc = doc;
  }

  /**
   * @param ids an existing id for a path (by the collection before {id}), or a missing one
   */
  List<Request> of(ApiOperations.Operation op, java.util.function.Function<String, Long> ids) {
    List<Request> out = new ArrayList<>();
    String path = fill(op.path(), ids);
    String m = op.method();
    boolean hasBody = op.bodySchema() != null;
    String anyBody = hasBody ? "{}" : null;
    for (ApiOperations.Parameter p : op.parameters()) {
      if (p.in().equals("path")) {
        for (String bad : List.of("abc", "99999999999999999999", "-1", "0", "999999999")) {
          String uri = op.path().replace("{" + p.name() + "}", bad);
          out.add(
              new Request(
                  "path " + p.name() + "=" + bad, m, fill(uri, ids), JSON, anyBody, Map.of()));
        }
      } else if (p.in().equals("query")) {
        for (String bad : badQueryValues(p.schema())) {
          out.add(
              new Request(
                  "query " + p.name() + "=" + bad.substring(0, Math.min(20, bad.length())),
                  m,
                  path + "?" + p.name() + "=" + bad,
                  JSON,
                  anyBody,
                  Map.of()));
        }
      }
    }
    out.add(new Request("accept text/html", m, path, JSON, anyBody, Map.of("Accept", "text/html")));
    out.add(
        new Request(
            "idempotency key 100000",
            m,
            path,
            JSON,
            anyBody,
            Map.of("Idempotency-Key", "k".repeat(100_000))));
    out.add(
        new Request(
            "idempotency key 300",
            m,
            path,
            JSON,
            anyBody,
            Map.of("Idempotency-Key", "k".repeat(300))));
    out.add(
        new Request(
            "idempotency key latin-1",
            m,
            path,
            JSON,
            anyBody,
            Map.of("Idempotency-Key", "caf\u00e9")));
    if (!hasBody) {
      out.add(new Request("unexpected text body", m, path, "text/plain", "hello", Map.of()));
      return out;
    }
    out.add(new Request("text/plain", m, path, "text/plain", "hello", Map.of()));
    out.add(new Request("no body", m, path, JSON, null, Map.of()));
    for (String raw : List.of("{}", "{", "[]", "null", "\"s\"", "12", "{\"a\":")) {
      out.add(new Request("body " + raw, m, path, JSON, raw, Map.of()));
    }
    Map<String, String> base = sample(op.bodySchema());
    for (Map.Entry<String, JsonNode> prop : op.bodySchema().path("properties").properties()) {
      for (String bad : badValues(doc.resolve(prop.getValue()))) {
        Map<String, String> body = new LinkedHashMap<>(base);
        body.put(prop.getKey(), bad);
        String label =
            "field " + prop.getKey() + "=" + bad.substring(0, Math.min(24, bad.length()));
        out.add(new Request(label, m, path, JSON, object(body), Map.of()));
      }
    }
    return out;
  }

  private static String fill(String template, java.util.function.Function<String, Long> ids) {
    StringBuilder b = new StringBuilder();
    String previous = "";
    for (String segment : template.split("/")) {
      if (segment.startsWith("{")) {
        segment = String.valueOf(ids.apply(previous));
      }
      if (!segment.isEmpty()) {
        b.append('/').append(segment);
      }
      previous = segment;
    }
    return b.toString();
  }

  private static List<String> badQueryValues(JsonNode schema) {
    String type = schema.path("type").asString("");
    List<String> bad = new ArrayList<>(List.of("%00x", "a%07b", "x".repeat(2_000)));
    if (type.equals("integer") || type.equals("number")) {
      bad.addAll(List.of("-1", "99999999999", "abc", "2147483647"));
    } else if (type.equals("boolean")) {
      bad.add("maybe");
    } else {
      bad.addAll(List.of("0000-01-01", "9999-12-31", "2026-13-45"));
    }
    return bad;
  }

  private List<String> badValues(JsonNode schema) {
    String type = schema.path("type").asString("");
    String format = schema.path("format").asString("");
    List<String> bad = new ArrayList<>(List.of("null", "{}", "[1]", "true"));
    switch (type) {
      case "string" -> {
        bad.addAll(List.of(q("a\u0000b"), q("a\u0007b\u001b"), q(HUGE), "12345", "1.5"));
        if (format.equals("date") || format.equals("date-time")) {
          bad.addAll(
              List.of(
                  q("0000-01-01"),
                  q("9999-12-31"),
                  q("0000-01-01T00:00:00Z"),
                  q("9999-12-31T00:00:00Z"),
                  "20260101",
                  q("not a date")));
        }
        if (schema.has("enum")) {
          bad.addAll(List.of("0", "3", q("NOPE")));
        }
      }
      case "integer", "number" ->
          bad.addAll(
              List.of(q("12"), q("abc"), "1e30", "99999999999999999999", "-1", "0", "999999999"));
      case "boolean" -> bad.addAll(List.of(q("yes"), "1"));
      case "array" ->
          bad.addAll(
              List.of(q("x"), "[" + q("a\u0000b") + "]", "[" + q(HUGE) + "]", "[{}]", "[null]"));
      default -> bad.addAll(List.of(q("x"), "5", q("a\u0000b")));
    }
    return bad;
  }

  private Map<String, String> sample(JsonNode schema) {
    Map<String, String> body = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> prop : schema.path("properties").properties()) {
      JsonNode s = doc.resolve(prop.getValue());
      String type = s.path("type").asString("");
      String format = s.path("format").asString("");
      String value =
          switch (type) {
            case "string" ->
                s.has("enum")
                    ? q(s.path("enum").get(0).asString())
                    : format.equals("date")
                        ? q("2026-01-05")
                        : format.equals("date-time") ? q("2026-01-05T01:00:00Z") : q("テスト");
            case "integer", "number" -> "999999999";
            case "boolean" -> "false";
            case "array" -> "[]";
            default -> "{}";
          };
      body.put(prop.getKey(), value);
    }
    return body;
  }

  private static String object(Map<String, String> raw) {
    StringBuilder b = new StringBuilder("{");
    raw.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append(q(k)).append(':').append(v));
    return b.append('}').toString();
  }

  static String q(String s) {
    return MAPPER.writeValueAsString(s);
  }
}
