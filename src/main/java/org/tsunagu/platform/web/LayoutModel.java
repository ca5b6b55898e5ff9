package org.tsunagu.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.TextSize;

/** What every page's layout needs: the user, their links, role and text size. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

  private final Navigation navigation;

  LayoutModel(Navigation navigation) {
    this.navigation = navigation;
  }

  @ModelAttribute("me")
  CurrentUser me() {
    return CurrentUsers.current().orElse(null);
  }

  @ModelAttribute("nav")
  List<Navigation.Link> nav() {
    return CurrentUsers.current().map(navigation::linksFor).orElse(List.of());
  }

  @ModelAttribute("textSize")
  TextSize textSize() {
    return CurrentUsers.current().map(CurrentUser::textSize).orElse(TextSize.STANDARD);
  }

  @ModelAttribute("textSizes")
  TextSize[] textSizes() {
    return TextSize.values();
  }

  @ModelAttribute("fieldRole")
  boolean fieldRole() {
    return CurrentUsers.current().map(u -> u.role().isFieldRole()).orElse(false);
  }

  /** Where the header's text-size buttons return to: this page. */
  @ModelAttribute("currentPath")
  String currentPath(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
  }
}
