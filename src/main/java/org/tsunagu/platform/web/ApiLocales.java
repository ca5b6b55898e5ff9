package org.tsunagu.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tsunagu.platform.security.CurrentUser;

/**
 * The language of an API answer: {@code ?lang=}, else {@code Accept-Language}, else the caller's
 * setting, else Japanese. Pages keep the setting and {@code ?lang=} alone.
 */
public final class ApiLocales {

  static final List<Locale> SUPPORTED = List.of(Locale.JAPANESE, Locale.ENGLISH);

  private ApiLocales() {}

  /** A request to the JSON API, or the error dispatch of one. */
  public static boolean isApi(HttpServletRequest request) {
    Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = original instanceof String s ? s : request.getRequestURI();
    String context = request.getContextPath();
    if (context != null && !context.isEmpty() && path.startsWith(context)) {
      path = path.substring(context.length());
    }
    return path.startsWith("/api/");
  }

  public static Locale resolve(HttpServletRequest request) {
    Locale asked = supported(request.getParameter("lang"));
    if (asked != null) {
      return asked;
    }
    String header = request.getHeader("Accept-Language");
    if (header != null && !header.isBlank()) {
      try {
        Locale accepted = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
        if (accepted != null) {
          return accepted;
        }
      } catch (IllegalArgumentException unreadable) {
        // An unreadable header counts as none.
      }
    }
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
      Locale own = supported(user.locale().getLanguage());
      if (own != null) {
        return own;
      }
    }
    return Locale.JAPANESE;
  }

  private static Locale supported(String tag) {
    if (tag == null || tag.length() > 35) {
      return null;
    }
    String language = Locale.forLanguageTag(tag.strip()).getLanguage();
    return SUPPORTED.stream()
        .filter(l -> l.getLanguage().equals(language))
        .findFirst()
        .orElse(null);
  }
}
