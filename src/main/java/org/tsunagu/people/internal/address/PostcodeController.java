package org.tsunagu.people.internal.address;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tsunagu.people.internal.area.Areas;
import org.tsunagu.platform.web.ApiController;

/** 郵便番号 → 都道府県・市区町村・町域, offline; then the 町丁目 that start with the 町域. */
@Controller
class PostcodeController {

  private final PostcodeDirectory directory;
  private final Areas areas;

  PostcodeController(PostcodeDirectory directory, Areas areas) {
    this.directory = directory;
    this.areas = areas;
  }

  /** The address fields of the person form, filled in (an htmx fragment). */
  @GetMapping("/address/lookup")
  String lookup(@RequestParam(defaultValue = "") String postcode, Model model) {
    List<PostcodeEntry> entries = directory.lookup(postcode);
    model.addAttribute("postcode", PostcodeDirectory.normalise(postcode));
    model.addAttribute("entries", entries);
    model.addAttribute("entry", entries.isEmpty() ? null : entries.get(0));
    model.addAttribute(
        "towns",
        entries.stream()
            .flatMap(e -> areas.townsStartingWith(e.town()).stream())
            .distinct()
            .toList());
    model.addAttribute("notFound", entries.isEmpty());
    return "people/address :: address";
  }

  @ApiController
  static class Api {
    private final PostcodeDirectory directory;
    private final Areas areas;

    Api(PostcodeDirectory directory, Areas areas) {
      this.directory = directory;
      this.areas = areas;
    }

    record PostcodeResponse(
        String postcode,
        String prefecture,
        String municipality,
        String town,
        List<AreaRef> areas) {}

    record AreaRef(long id, String name) {}

    @Operation(summary = "Addresses for a postcode")
    @GetMapping("/api/v1/postcodes/{postcode}")
    List<PostcodeResponse> lookup(@PathVariable String postcode) {
      if (!PostcodeDirectory.isWellFormed(postcode)) {
        throw new org.tsunagu.platform.web.UserFacingException("validation.postcode", 400);
      }
      return directory.lookup(postcode).stream()
          .map(
              e ->
                  new PostcodeResponse(
                      e.postcode(),
                      e.prefecture(),
                      e.municipality(),
                      e.town(),
                      areas.townsStartingWith(e.town()).stream()
                          .map(a -> new AreaRef(a.id(), a.name()))
                          .toList()))
          .toList();
    }
  }
}
