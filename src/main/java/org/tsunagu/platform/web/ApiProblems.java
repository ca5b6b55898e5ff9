package org.tsunagu.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds RFC 9457 problems in the caller's language, and writes them outside Spring MVC. */
@Component
public class ApiProblems {

  private static final String TYPE_BASE = "https://tsunagu.example/problems/";

  private final MessageSource messages;
  private final JsonMapper json;

  ApiProblems(MessageSource messages, JsonMapper json) {
    this.messages = messages;
    this.json = json;
  }

  public ProblemDetail problem(int status, String key, Locale locale, Object... args) {
    HttpStatus known = HttpStatus.resolve(status);
    ProblemDetail p = ProblemDetail.forStatus(known == null ? HttpStatus.BAD_REQUEST : known);
    p.setType(URI.create(TYPE_BASE + key));
    p.setTitle(messages.getMessage(key, args, key, locale));
    p.setDetail(messages.getMessage(key + ".detail", args, p.getTitle(), locale));
    return p;
  }

  public String message(String key, Object[] args, Locale locale) {
    return messages.getMessage(key, args, key, locale);
  }

  /** For filters and error dispatches: the problem with the message key, in the API's language. */
  public void write(
      HttpServletRequest request, HttpServletResponse response, int status, String key)
      throws IOException {
    write(response, problem(status, key, ApiLocales.resolve(request)));
  }

  public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.resetBuffer();
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(json.writeValueAsString(problem));
    response.flushBuffer();
  }

  /** The message key of a status when nothing more specific is known. */
  public static String keyFor(int status) {
    return switch (status) {
      case 400 -> "error.badRequest";
      case 401 -> "error.unauthenticated";
      case 403 -> "error.forbidden";
      case 404 -> "error.notFound";
      case 405 -> "error.methodNotAllowed";
      case 406 -> "error.notAcceptable";
      case 409 -> "error.conflict";
      case 413 -> "error.tooLarge";
      case 415 -> "error.unsupportedMediaType";
      case 422 -> "error.unprocessable";
      default -> status >= 500 ? "error.unexpected" : "error.badRequest";
    };
  }
}
