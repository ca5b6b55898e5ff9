package org.tsunagu.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI document as a client needs it: the bearer-token security on every operation,
 * and the RFC 9457 problem each error answers with.
 */
@Configuration
class OpenApiDocument {

  static final String PROBLEM = "application/problem+json";

  private static final Map<String, String> ERRORS =
      Map.of(
          "400", "The request is malformed or a field is invalid (errors lists each field)",
          "401", "No valid API token or session",
          "403", "The caller's role may not do this",
          "404", "Not found, or not visible to the caller",
          "409", "The record changed meanwhile, or the change conflicts with its state",
          "422", "The request cannot be carried out as sent",
          "429", "Too many requests; retry after the Retry-After header");

  @Bean
  OpenAPI tsunaguOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Tsunagu API")
                .version("v1")
                .description(
                    "地域福祉のための Tsunagu（つなぐ）の API。Errors are RFC 9457 problem details in"
                        + " the caller's language (Accept-Language).")
                .license(new License().name("Apache-2.0").identifier("Apache-2.0")))
        .servers(List.of(new Server().url("/").description("This Tsunagu")))
        .components(
            new Components()
                .addSecuritySchemes(
                    "bearer",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("An API token (設定 → APIトークン): tsu_…")))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
  }

  @Bean
  OpenApiCustomizer problemResponses() {
    return api -> {
      // Added here: schemas of the OpenAPI bean are replaced by the generated ones.
      api.getComponents().addSchemas("Problem", problemSchema());
      api.getPaths()
          .values()
          .forEach(path -> path.readOperations().forEach(OpenApiDocument::addProblems));
    };
  }

  private static void addProblems(Operation op) {
    ERRORS.forEach(
        (status, description) -> {
          if (op.getResponses().get(status) == null) {
            op.getResponses()
                .addApiResponse(
                    status,
                    new ApiResponse()
                        .description(description)
                        .content(
                            new Content()
                                .addMediaType(
                                    PROBLEM,
                                    new MediaType()
                                        .schema(
                                            new Schema<>().$ref("#/components/schemas/Problem")))));
          }
        });
  }

  private static Schema<?> problemSchema() {
    ObjectSchema fieldError = new ObjectSchema();
    fieldError.addProperty("field", new StringSchema());
    fieldError.addProperty("message", new StringSchema());
    ObjectSchema problem = new ObjectSchema();
    problem.description("RFC 9457 problem details");
    problem.addProperty("type", new StringSchema());
    problem.addProperty("title", new StringSchema());
    problem.addProperty("status", new IntegerSchema());
    problem.addProperty("detail", new StringSchema());
    problem.addProperty("instance", new StringSchema());
    problem.addProperty("errors", new ArraySchema().items(fieldError));
    problem.required(List.of("type", "title", "status"));
    return problem;
  }
}
