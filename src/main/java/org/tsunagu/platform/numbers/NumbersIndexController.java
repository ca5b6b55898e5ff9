package org.tsunagu.platform.numbers;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tsunagu.platform.security.CurrentUsers;

/** The index of every numbers page the user may open. */
@Controller
class NumbersIndexController {

  private final NumbersIndex index;

  NumbersIndexController(NumbersIndex index) {
    this.index = index;
  }

  @GetMapping("/numbers")
  String index(Model model) {
    List<NumbersPage> pages = index.pagesFor(CurrentUsers.require());
    if (pages.isEmpty()) {
      throw new AccessDeniedException("no numbers page");
    }
    model.addAttribute("pages", pages);
    return "numbers/index";
  }
}
