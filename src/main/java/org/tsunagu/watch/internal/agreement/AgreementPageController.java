package org.tsunagu.watch.internal.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.people.AreaLevel;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.watch.WatchPermissions;
import org.tsunagu.watch.internal.chain.ChainForm;
import org.tsunagu.watch.internal.chain.ChainReceivers;
import org.tsunagu.watch.internal.chain.ChainStep;
import org.tsunagu.watch.internal.chain.Chains;

/**
 * 見守り協定 on screens: the list with each chain, for those who manage the watch-over (every agreement)
 * and the parties' staff who take alerts (theirs); a new agreement, and a chain replaced by a party
 * to the agreement.
 */
@Controller
@WritePermission(WatchPermissions.WATCH_MANAGE)
class AgreementPageController {

  record Listed(Agreement agreement, List<ChainStep> chain, boolean mayEdit) {}

  private final Agreements agreements;
  private final Chains chains;
  private final ChainReceivers receivers;
  private final PeopleApi people;
  private final Clock clock;

  AgreementPageController(
      Agreements agreements,
      Chains chains,
      ChainReceivers receivers,
      PeopleApi people,
      Clock clock) {
    this.agreements = agreements;
    this.chains = chains;
    this.receivers = receivers;
    this.people = people;
    this.clock = clock;
  }

  @GetMapping("/watch/agreements")
  String list(Model model) {
    CurrentUser user = CurrentUsers.require();
    if (!user.may(WatchPermissions.WATCH_MANAGE) && !user.may(WatchPermissions.WATCH_ALERT)) {
      throw new NotFoundException();
    }
    boolean manager = user.may(WatchPermissions.WATCH_MANAGE);
    // Those who register targets see every agreement they may put one under; its parties edit it.
    List<Agreement> shown = manager ? agreements.all() : agreements.of(user);
    model.addAttribute(
        "agreements",
        shown.stream()
            .map(
                a ->
                    new Listed(
                        a, chains.forAgreement(a.id()), manager && Agreements.party(user, a)))
            .toList());
    model.addAttribute("mayManage", manager);
    return "watch/agreements";
  }

  @GetMapping("/watch/agreements/new")
  String form(Model model) {
    CurrentUser user = manager();
    AgreementForm form = new AgreementForm();
    form.setOrganizationId(user.organizationId());
    form.setSignedOn(LocalDate.now(clock).toString());
    form.getSteps().addAll(DefaultChain.rows(user.organizationId()));
    model.addAttribute("form", form.padded());
    return newPage(user, model);
  }

  @PostMapping("/watch/agreements")
  String create(
      @ModelAttribute("form") AgreementForm form, Model model, RedirectAttributes redirect) {
    CurrentUser user = manager();
    try {
      agreements.create(user, form.toInput());
      redirect.addFlashAttribute("notice", "watch.agreementForm.saved");
      return "redirect:/watch/agreements";
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      form.padded();
      return newPage(user, model);
    }
  }

  @GetMapping("/watch/agreements/{id}/chain")
  String chain(@PathVariable long id, Model model) {
    CurrentUser user = manager();
    Agreement a = agreements.findFor(user, id).orElseThrow(NotFoundException::new);
    model.addAttribute("form", ChainForm.of(chains.forAgreement(id)));
    return chainPage(user, a, model);
  }

  @PostMapping("/watch/agreements/{id}/chain")
  String replaceChain(
      @PathVariable long id,
      @ModelAttribute("form") ChainForm form,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser user = manager();
    Agreement a = agreements.findFor(user, id).orElseThrow(NotFoundException::new);
    try {
      agreements.replaceChain(user, id, form.inputs());
      redirect.addFlashAttribute("notice", "watch.chainForm.saved");
      return "redirect:/watch/agreements";
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      form.padded();
      return chainPage(user, a, model);
    }
  }

  private String newPage(CurrentUser user, Model model) {
    model.addAttribute("organizations", receivers.organizations());
    model.addAttribute("areas", people.areasDownTo(AreaLevel.ASSOCIATION));
    model.addAttribute("users", receivers.users(user));
    FormErrors.addUnlessPresent(model);
    return "watch/agreement-form";
  }

  private String chainPage(CurrentUser user, Agreement a, Model model) {
    model.addAttribute("agreement", a);
    model.addAttribute("organizations", receivers.organizations());
    model.addAttribute("users", receivers.users(user));
    FormErrors.addUnlessPresent(model);
    return "watch/agreement-chain";
  }

  private static CurrentUser manager() {
    CurrentUser user = CurrentUsers.require();
    if (!user.may(WatchPermissions.WATCH_MANAGE)) {
      throw new NotFoundException();
    }
    return user;
  }
}
