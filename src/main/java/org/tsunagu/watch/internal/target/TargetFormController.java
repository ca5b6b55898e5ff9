package org.tsunagu.watch.internal.target;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.watch.WatchPermissions;
import org.tsunagu.watch.internal.agreement.Agreements;
import org.tsunagu.watch.internal.chain.ChainReceivers;

/**
 * Registering a watch target on a screen: the person by 住民No., their consent, who watches, when.
 */
@Controller
@WritePermission(WatchPermissions.WATCH_MANAGE)
class TargetFormController {

  private final TargetRegistration registration;
  private final Agreements agreements;
  private final WatcherCandidates candidates;

  /** The family contact the form registers, as a chain step names it: contact 1. */
  private static final TargetDetails.Contact FAMILY_CONTACT =
      new TargetDetails.Contact(1, "FAMILY", "", null, null, null, false);

  private final ChainReceivers receivers;
  private final Clock clock;

  TargetFormController(
      TargetRegistration registration,
      Agreements agreements,
      WatcherCandidates candidates,
      ChainReceivers receivers,
      Clock clock) {
    this.receivers = receivers;
    this.registration = registration;
    this.agreements = agreements;
    this.candidates = candidates;
    this.clock = clock;
  }

  @GetMapping("/watch/targets/new")
  String form(@RequestParam(required = false) Long personId, Model model) {
    CurrentUser user = manager();
    TargetForm form = new TargetForm();
    form.setPersonId(personId);
    form.setGivenOn(LocalDate.now(clock).toString());
    model.addAttribute("form", form.padded());
    return page(user, model);
  }

  @PostMapping("/watch/targets")
  String register(
      @ModelAttribute("form") TargetForm form, Model model, RedirectAttributes redirect) {
    CurrentUser user = manager();
    Map<Long, String> kinds =
        candidates.of(user).stream()
            .collect(
                Collectors.toMap(
                    WatcherCandidates.Candidate::id, WatcherCandidates.Candidate::kind));
    try {
      long id = registration.register(user, form.toInput(w -> kinds.getOrDefault(w, "STAFF")));
      redirect.addFlashAttribute("notice", "watch.targetForm.registered");
      return "redirect:/watch/targets/" + id;
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      form.padded();
      return page(user, model);
    }
  }

  private String page(CurrentUser user, Model model) {
    model.addAttribute(
        "agreements", agreements.all().stream().filter(a -> a.endedOn() == null).toList());
    model.addAttribute("candidates", candidates.of(user));
    model.addAttribute("weekdays", List.of("1", "2", "3", "4", "5", "6", "7"));
    model.addAttribute("organizations", receivers.organizations());
    model.addAttribute("users", receivers.users(user));
    model.addAttribute("contacts", List.of(FAMILY_CONTACT));
    FormErrors.addUnlessPresent(model);
    return "watch/target-form";
  }

  private static CurrentUser manager() {
    CurrentUser user = CurrentUsers.require();
    if (!user.may(WatchPermissions.WATCH_MANAGE)) {
      throw new NotFoundException();
    }
    return user;
  }
}
