package org.tsunagu.consultation.internal.card;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.web.ApiController;

/** The blank card as the API serves it: the same bytes as the page's download. */
@ApiController
@Tag(name = "Cards", description = "つながりカード for salons that work on paper")
class BlankCardApiController {

  private final BlankCards cards;

  BlankCardApiController(BlankCards cards) {
    this.cards = cards;
  }

  @Operation(
      summary =
          "The blank つながりカード as one A4 page (PDF) in the caller's language (?lang=en);"
              + " needs INTAKE_RECORD")
  @GetMapping(value = "/api/v1/cards/blank.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> blank(Locale locale) {
    return cards.forUser(CurrentUsers.require(), locale).response();
  }
}
