package org.tsunagu.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;

/**
 * What reaches {@code /error} from the API (no handler matched, a method or media type no handler
 * takes, an error sent by a filter or the server) answers a problem whatever the Accept header;
 * pages keep Spring Boot's error page.
 */
@Controller
@ConditionalOnWebApplication
class ApiErrorController extends BasicErrorController {

  private final ApiProblems problems;

  ApiErrorController(
      ErrorAttributes attributes,
      WebProperties web,
      ObjectProvider<ErrorViewResolver> resolvers,
      ApiProblems problems) {
    super(attributes, web.getError(), resolvers.orderedStream().toList());
    this.problems = problems;
  }

  @Override
  public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
    if (ApiLocales.isApi(request)) {
      writeProblem(request, response);
      return null;
    }
    return super.errorHtml(request, response);
  }

  @Override
  public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    if (!ApiLocales.isApi(request)) {
      return super.error(request);
    }
    int status = getStatus(request).value();
    ProblemDetail p =
        problems.problem(status, ApiProblems.keyFor(status), ApiLocales.resolve(request));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", p.getType().toString());
    body.put("title", p.getTitle());
    body.put("status", p.getStatus());
    body.put("detail", p.getDetail());
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }

  private void writeProblem(HttpServletRequest request, HttpServletResponse response) {
    int status = getStatus(request).value();
    try {
      problems.write(request, response, status, ApiProblems.keyFor(status));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
