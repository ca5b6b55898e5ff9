package org.tsunagu.consultation.internal.card;

import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.tsunagu.platform.security.CurrentUsers;

/** The blank card to print, for salons that work on paper. */
@Controller
class BlankCardPageController {

  private final BlankCards cards;

  BlankCardPageController(BlankCards cards) {
    this.cards = cards;
  }

  @GetMapping("/cards/blank.pdf")
  ResponseEntity<byte[]> blank(Locale locale) {
    return cards.forUser(CurrentUsers.require(), locale).response();
  }
}
