package org.tsunagu.watch.internal.target;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;

/**
 * A target's page, and the changes made on it: each goes back to the page with a notice, or shows
 * the page again with its problems beside the form that failed (named by {@code failed}, so that
 * the page's other forms, whose fields share names, stay clean).
 */
@Component
class TargetPage {

  private final TargetReading reading;
  private final WatcherCandidates candidates;

  TargetPage(TargetReading reading, WatcherCandidates candidates) {
    this.reading = reading;
    this.candidates = candidates;
  }

  String render(long id, Model model) {
    CurrentUser user = CurrentUsers.require();
    model.addAttribute("view", reading.open(user, id));
    model.addAttribute("candidates", candidates.of(user));
    model.addAttribute("noErrors", FormErrors.none());
    FormErrors.addUnlessPresent(model);
    return "watch/target";
  }

  String change(
      long id,
      String failed,
      Runnable action,
      String notice,
      Model model,
      RedirectAttributes redirect) {
    try {
      action.run();
      redirect.addFlashAttribute("notice", notice);
      return "redirect:/watch/targets/" + id;
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      model.addAttribute("failed", failed);
      return render(id, model);
    }
  }
}
