package org.tsunagu.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import java.net.URI;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * What the browser did during a test (pages asked for and answered, failed requests, script errors,
 * crashes), added to the message of a test that fails. A browser test that times out in CI says
 * only which element it waited for; this says whether the page came, and when. Registered for every
 * test through JUnit's extension auto-detection; it is silent where no browser ran.
 */
public final class BrowserJournal implements BeforeEachCallback, TestExecutionExceptionHandler {

  private static final int KEPT = 60;
  private static final Deque<String> LINES = new ConcurrentLinkedDeque<>();

  static void watch(BrowserContext context) {
    context.onPage(
        page -> {
          page.onRequest(r -> navigation(r, "-> " + r.method()));
          page.onResponse(r -> navigation(r.request(), "<- " + r.status()));
          page.onRequestFailed(r -> record("failed " + path(r) + " " + r.failure()));
          page.onPageError(e -> record("script error " + e));
          page.onCrash(p -> record("crashed " + p.url()));
          page.onClose(p -> record("closed " + path(p)));
        });
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    LINES.clear();
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable thrown)
      throws Throwable {
    if (LINES.isEmpty()) {
      throw thrown;
    }
    AssertionError journal =
        new AssertionError(
            thrown.getMessage() + "\nWhat the browser did:\n  " + String.join("\n  ", LINES),
            thrown);
    journal.setStackTrace(thrown.getStackTrace());
    throw journal;
  }

  private static void navigation(Request request, String what) {
    if (request.isNavigationRequest()) {
      record(what + " " + path(request));
    }
  }

  private static void record(String line) {
    LINES.add(LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + " " + line);
    while (LINES.size() > KEPT) {
      LINES.pollFirst();
    }
  }

  private static String path(Request request) {
    return URI.create(request.url()).getRawPath();
  }

  private static String path(Page page) {
    return URI.create(page.url()).getRawPath();
  }
}
