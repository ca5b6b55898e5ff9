package org.tsunagu.platform.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;

/** What every page's layout needs: the user, their links, role and large-text preference. */
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

  @ModelAttribute("largeText")
  boolean largeText() {
    return CurrentUsers.current().map(CurrentUser::largeText).orElse(false);
  }

  @ModelAttribute("fieldRole")
  boolean fieldRole() {
    return CurrentUsers.current().map(u -> u.role().isFieldRole()).orElse(false);
  }
}
