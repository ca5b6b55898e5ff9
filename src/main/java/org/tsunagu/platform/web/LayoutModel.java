package org.tsunagu.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.TextSize;

/**
 * What every page's layout needs: the user, their links, role and text size. Added once a handler
 * has chosen a view to render, so JSON answers and redirects (which need none of it) do not pay for
 * it; a controller advice would run for every {@code @Controller}, the API's included.
 */
@Component
class LayoutModel implements HandlerInterceptor {

  private final Navigation navigation;

  LayoutModel(Navigation navigation) {
    this.navigation = navigation;
  }

  @Override
  public void postHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
    if (page == null || !page.hasView() || redirect(page)) {
      return;
    }
    CurrentUser me = CurrentUsers.current().orElse(null);
    Map<String, Object> model = page.getModel();
    model.putIfAbsent("me", me);
    model.putIfAbsent("nav", me == null ? List.of() : navigation.linksFor(me));
    model.putIfAbsent("textSize", me == null ? TextSize.STANDARD : me.textSize());
    model.putIfAbsent("textSizes", TextSize.values());
    model.putIfAbsent("fieldRole", me != null && me.role().isFieldRole());
    model.putIfAbsent("currentPath", currentPath(request));
  }

  private static boolean redirect(ModelAndView page) {
    String name = page.getViewName();
    return page.getView() instanceof RedirectView
        || (name != null && (name.startsWith("redirect:") || name.startsWith("forward:")));
  }

  /** Where the header's text-size buttons return to: this page. */
  private static String currentPath(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
  }
}
