package org.tsunagu.watch.internal.target;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;
import org.tsunagu.watch.WatchPermissions;
import org.tsunagu.watch.internal.chain.ChainForm;
import org.tsunagu.watch.internal.chain.ChainReceivers;

/**
 * A target's own chain on a screen: it starts as the chain the target's alerts walk now (its
 * agreement's, or its own), and sending no steps gives it its agreement's again.
 */
@Controller
@WritePermission(WatchPermissions.WATCH_MANAGE)
class TargetChainPageController {

  private final TargetReading reading;
  private final TargetChains chains;
  private final ChainReceivers receivers;

  TargetChainPageController(TargetReading reading, TargetChains chains, ChainReceivers receivers) {
    this.reading = reading;
    this.chains = chains;
    this.receivers = receivers;
  }

  @GetMapping("/watch/targets/{id}/chain")
  String form(@PathVariable long id, Model model) {
    CurrentUser user = CurrentUsers.require();
    TargetReading.View view = reading.open(user, id);
    model.addAttribute("form", ChainForm.of(view.chain()));
    return page(user, view, model);
  }

  @PostMapping("/watch/targets/{id}/chain")
  String replace(
      @PathVariable long id,
      @ModelAttribute("form") ChainForm form,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser user = CurrentUsers.require();
    TargetReading.View view = reading.open(user, id);
    try {
      chains.replace(user, id, form.inputs());
      redirect.addFlashAttribute("notice", "watch.chainForm.saved");
      return "redirect:/watch/targets/" + id;
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      form.padded();
      return page(user, view, model);
    }
  }

  private String page(CurrentUser user, TargetReading.View view, Model model) {
    model.addAttribute("view", view);
    model.addAttribute("organizations", receivers.organizations());
    model.addAttribute("users", receivers.users(user));
    FormErrors.addUnlessPresent(model);
    return "watch/target-chain";
  }
}
