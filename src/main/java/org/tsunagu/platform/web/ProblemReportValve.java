package org.tsunagu.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Tomcat refuses before the application sees it (a header over the size limit, an unreadable
 * request line) is answered as a problem in Japanese rather than Tomcat's HTML page: its headers
 * were never read, so no language can be chosen.
 */
class ProblemReportValve extends ErrorReportValve {

  private final ApiProblems problems;
  private final JsonMapper json;

  ProblemReportValve(ApiProblems problems, JsonMapper json) {
    this.problems = problems;
    this.json = json;
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    try {
      String body =
          json.writeValueAsString(
              problems.problem(status, ApiProblems.keyFor(status), Locale.JAPANESE));
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(body);
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The connection is gone or the response was taken: nothing more to tell.
    }
  }

  /** Replaces the host's error report valve, after Spring Boot has added its own. */
  @Component
  static class Installer
      implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ApiProblems problems;
    private final JsonMapper json;

    Installer(ApiProblems problems, JsonMapper json) {
      this.problems = problems;
      this.json = json;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      factory.addContextCustomizers(
          context -> {
            var host = (StandardHost) context.getParent();
            // The host adds a valve of this class when it starts unless one is there already.
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
            var pipeline = host.getPipeline();
            for (var valve : pipeline.getValves()) {
              if (valve instanceof ErrorReportValve) {
                pipeline.removeValve(valve);
              }
            }
            ProblemReportValve valve = new ProblemReportValve(problems, json);
            valve.setShowReport(false);
            valve.setShowServerInfo(false);
            pipeline.addValve(valve);
          });
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }
}
