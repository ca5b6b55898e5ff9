package org.tsunagu.watch.internal.disaster;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.people.ConsentRequest;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;
import org.tsunagu.platform.web.InputLimits;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.watch.WatchPermissions;

/**
 * The disaster support registry on screen: the entries shared with the organisation, one entry,
 * adding one.
 */
@Controller
@WritePermission(WatchPermissions.DISASTER_REGISTRY_MANAGE)
class DisasterPageController {

  static final int PAGE = 50;

  /** The receivers the law names, for the consent to share an entry. */
  static final List<OrganizationType> SHARE_WITH =
      List.of(
          OrganizationType.SHAKYO,
          OrganizationType.COMMUNITY_CARE_CENTER,
          OrganizationType.NEIGHBOURHOOD_ASSOCIATION,
          OrganizationType.VOLUNTEER_GROUP);

  private final Registrants registrants;
  private final DisasterRegistry registry;
  private final Clock clock;

  DisasterPageController(Registrants registrants, DisasterRegistry registry, Clock clock) {
    this.registrants = registrants;
    this.registry = registry;
    this.clock = clock;
  }

  @GetMapping("/watch/disaster-registry")
  String list(
      @RequestParam(defaultValue = "0") @Min(0) @Max(InputLimits.MAX_PAGE) int page, Model model) {
    CurrentUser user = CurrentUsers.require();
    var rows = registrants.shared(user, PAGE + 1, page * PAGE);
    model.addAttribute("rows", rows.size() > PAGE ? rows.subList(0, PAGE) : rows);
    model.addAttribute("page", page);
    model.addAttribute("more", rows.size() > PAGE);
    model.addAttribute("mayManage", user.may(WatchPermissions.DISASTER_REGISTRY_MANAGE));
    return "watch/disaster-registry";
  }

  @GetMapping("/watch/disaster-registry/{id}")
  String entry(@PathVariable long id, Model model) {
    model.addAttribute("entry", registrants.open(CurrentUsers.require(), id));
    return "watch/disaster-entry";
  }

  @GetMapping("/watch/disaster-registry/new")
  String form(Model model) {
    manager();
    model.addAttribute("shareWith", SHARE_WITH);
    FormErrors.addUnlessPresent(model);
    return "watch/disaster-form";
  }

  @PostMapping("/watch/disaster-registry")
  String register(
      @RequestParam(required = false) Long personId,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String association,
      @RequestParam(required = false) String emergencyContact,
      @RequestParam(required = false) String emergencyPhone,
      @RequestParam(required = false) String supporterName,
      @RequestParam(required = false) String supporterPhone,
      @RequestParam(required = false) String destination,
      @RequestParam(required = false) String route,
      @RequestParam(required = false) String specialNeeds,
      @RequestParam(required = false) String shareWith,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser user = manager();
    ConsentRequest consent =
        shareWith == null || shareWith.isBlank()
            ? null
            : new ConsentRequest(
                "DISASTER_REGISTRY",
                null,
                shareWith,
                "PERSON",
                null,
                null,
                "WRITTEN",
                LocalDate.now(clock).toString(),
                null);
    RegistrantInput in =
        new RegistrantInput(
            personId,
            reason,
            association,
            emergencyContact,
            emergencyPhone,
            supporterName,
            supporterPhone,
            destination,
            route,
            specialNeeds,
            consent);
    try {
      long id = registry.register(user, in);
      redirect.addFlashAttribute("notice", "watch.disaster.registered");
      return "redirect:/watch/disaster-registry/" + id;
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      model.addAttribute("input", in);
      return form(model);
    }
  }

  private static CurrentUser manager() {
    CurrentUser user = CurrentUsers.require();
    if (!user.may(WatchPermissions.DISASTER_REGISTRY_MANAGE)) {
      throw new NotFoundException();
    }
    return user;
  }
}
