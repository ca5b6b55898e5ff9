package org.tsunagu.support;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Visits every page a signed-in user reaches by following same-origin links from the home page,
 * with GET only. Pages are told apart by their path with ids replaced ({@code /cases/{id}}), so
 * each kind of page is visited once however many records link to it; a new page is found without
 * naming it. Sign-out, downloads, the API and language switches are not followed.
 */
public final class SiteCrawler {

  private static final Pattern ID_SEGMENT = Pattern.compile("/\\d+(?=/|$)");
  private static final Pattern NOT_A_PAGE =
      Pattern.compile(
          "^/(logout|api/|v3/|webjars/|css/|js/|actuator)"
              + "|\\.(pdf|csv|xlsx|json|png|jpg|svg|ico)$"
              + "|/(export|download)(/|$)");
  private static final Set<String> SKIPPED_QUERY_KEYS = Set.of("lang", "format", "logout");

  private final String origin;
  private final int maxPages;

  /** A page reached: its address, its kind (path with ids replaced) and the HTTP status. */
  public record Visit(String url, String kind, int status) {}

  public SiteCrawler(String origin, int maxPages) {
    this.origin = origin;
    this.maxPages = maxPages;
  }

  /**
   * Crawls from {@code start}; {@code onPage} is called on each page of a new kind while it is open
   * in {@code page}.
   */
  public List<Visit> crawl(Page page, String start, BiConsumer<Page, Visit> onPage) {
    Map<String, String> queued = new LinkedHashMap<>();
    Deque<String> todo = new ArrayDeque<>();
    queued.put(kindOf(start), start);
    todo.add(start);
    List<Visit> visits = new ArrayList<>();
    while (!todo.isEmpty() && visits.size() < maxPages) {
      String path = todo.poll();
      Response response = page.navigate(origin + path);
      Visit visit = new Visit(path, kindOf(path), response == null ? 0 : response.status());
      visits.add(visit);
      if (visit.status() >= 400 || !isHtml(response)) {
        continue;
      }
      onPage.accept(page, visit);
      for (String link : links(page)) {
        if (queued.putIfAbsent(kindOf(link), link) == null) {
          todo.add(link);
        }
      }
    }
    return visits;
  }

  /** The path with numeric ids replaced: the kind of page, whatever record it shows. */
  public static String kindOf(String pathAndQuery) {
    String path = pathAndQuery.split("[?#]", 2)[0];
    return ID_SEGMENT.matcher(path).replaceAll("/{id}");
  }

  private List<String> links(Page page) {
    @SuppressWarnings("unchecked")
    List<String> hrefs =
        (List<String>)
            page.evaluate(
                "() => Array.from(document.querySelectorAll('a[href]'))"
                    + ".filter(a => !a.hasAttribute('download')).map(a => a.href)");
    List<String> paths = new ArrayList<>();
    for (String href : hrefs) {
      URI uri = URI.create(href);
      if (!href.startsWith(origin + "/") || uri.getRawPath() == null) {
        continue;
      }
      String path = uri.getRawPath();
      String query = uri.getRawQuery();
      if (NOT_A_PAGE.matcher(path).find() || hasSkippedKey(query)) {
        continue;
      }
      paths.add(query == null ? path : path + "?" + query);
    }
    return paths;
  }

  private static boolean hasSkippedKey(String query) {
    if (query == null) {
      return false;
    }
    for (String pair : query.split("&")) {
      if (SKIPPED_QUERY_KEYS.contains(pair.split("=", 2)[0])) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHtml(Response response) {
    String type = response == null ? null : response.headerValue("content-type");
    return type != null && type.startsWith("text/html");
  }
}
