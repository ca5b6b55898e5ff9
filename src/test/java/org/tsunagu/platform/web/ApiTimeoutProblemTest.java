package org.tsunagu.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A download that timed out before its first byte is a 503 problem in the caller's language, not an
 * unexpected 500 (a real one needs the 30 minutes of spring.mvc.async.request-timeout).
 */
class ApiTimeoutProblemTest {

  @ApiController
  static class SlowDownload {
    @GetMapping("/api/v1/slow")
    String slow() {
      throw new AsyncRequestTimeoutException();
    }
  }

  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(new SlowDownload())
          .setControllerAdvice(
              new ApiExceptionHandler(new ApiProblems(messages(), new JsonMapper())))
          .build();

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }

  @Test
  void shouldAnswer503InTheCallersLanguage() throws Exception {
    mvc.perform(get("/api/v1/slow").header("Accept-Language", "ja").accept("text/csv"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("処理に時間がかかりすぎたため中断しました。時間をおいてもう一度試してください。"));
    mvc.perform(get("/api/v1/slow").header("Accept-Language", "en"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(
            jsonPath("$.title")
                .value("This took too long and was stopped. Please try again later."));
  }
}
