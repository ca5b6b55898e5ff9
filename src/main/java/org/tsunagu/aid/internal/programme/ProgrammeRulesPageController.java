package org.tsunagu.aid.internal.programme;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;
import org.tsunagu.platform.web.NotFoundException;

/**
 * A programme's rules on screen: a coordinator starts a programme, or reads and replaces the rules
 * of one their organisation runs, on the same form; the checks are the API's (ProgrammeCheck).
 */
@Controller
@WritePermission(AidPermissions.AID_MANAGE)
class ProgrammeRulesPageController {

  private final Programmes programmes;

  ProgrammeRulesPageController(Programmes programmes) {
    this.programmes = programmes;
  }

  @GetMapping("/aid/programmes/new")
  String newForm(Model model) {
    manager();
    model.addAttribute("form", ProgrammeForms.blank());
    return formPage(null, model);
  }

  @PostMapping("/aid/programmes")
  String create(
      @ModelAttribute("form") ProgrammeForm form, Model model, RedirectAttributes redirect) {
    try {
      programmes.create(manager(), form.input());
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", form.errors(e));
      return formPage(null, model);
    }
    redirect.addFlashAttribute("notice", "aid.rules.created");
    return "redirect:/aid";
  }

  @GetMapping("/aid/programmes/{id}/rules")
  String rules(@PathVariable long id, Model model) {
    Programme programme = programmes.managed(CurrentUsers.require(), id);
    model.addAttribute("form", ProgrammeForms.of(programme));
    return formPage(programme, model);
  }

  @PostMapping("/aid/programmes/{id}/rules")
  String replace(
      @PathVariable long id,
      @ModelAttribute("form") ProgrammeForm form,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser user = CurrentUsers.require();
    Programme programme = programmes.managed(user, id);
    try {
      programmes.replaceRules(user, id, form.input());
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", form.errors(e));
      return formPage(programme, model);
    }
    redirect.addFlashAttribute("notice", "aid.rules.saved");
    return "redirect:/aid";
  }

  /** The signed-in user if they run programmes; anyone else finds no such page, as on /aid. */
  private static CurrentUser manager() {
    CurrentUser user = CurrentUsers.require();
    if (!user.may(AidPermissions.AID_MANAGE)) {
      throw new NotFoundException();
    }
    return user;
  }

  private static String formPage(Programme programme, Model model) {
    model.addAttribute("programme", programme);
    model.addAttribute("bands", Band.values());
    FormErrors.addUnlessPresent(model);
    return "aid/rules";
  }
}
