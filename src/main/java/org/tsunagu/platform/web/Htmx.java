package org.tsunagu.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/** Whether a request comes from htmx, so one handler can answer with a fragment or a page. */
public final class Htmx {

  private Htmx() {}

  public static boolean isHtmx(HttpServletRequest request) {
    return "true".equals(request.getHeader("HX-Request"))
        && !"true".equals(request.getHeader("HX-History-Restore-Request"));
  }

  /** The view name: the fragment for htmx, the whole page otherwise. */
  public static String view(HttpServletRequest request, String page, String fragment) {
    return isHtmx(request) ? page + " :: " + fragment : page;
  }
}
