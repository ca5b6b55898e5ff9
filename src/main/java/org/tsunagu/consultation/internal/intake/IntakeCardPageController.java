package org.tsunagu.consultation.internal.intake;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.consultation.internal.casework.Domains;
import org.tsunagu.consultation.internal.window.Windows;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;

/**
 * The phone card a salon host fills in (a 丸ごと intake sent from the community), and what they sent.
 */
@Controller
@WritePermission(ConsultationPermissions.CASE_WORK)
class IntakeCardPageController {

  private final IntakeRecording recording;
  private final IntakeQueries queries;
  private final Windows windows;

  IntakeCardPageController(IntakeRecording recording, IntakeQueries queries, Windows windows) {
    this.recording = recording;
    this.queries = queries;
    this.windows = windows;
  }

  @GetMapping("/card")
  String card(Model model) {
    CurrentUser user = requireIntake();
    model.addAttribute("form", new IntakeForm());
    return card(user, model);
  }

  @WritePermission(ConsultationPermissions.INTAKE_RECORD)
  @PostMapping("/card")
  String sendCard(
      @ModelAttribute("form") IntakeForm form, Model model, RedirectAttributes redirect) {
    CurrentUser user = requireIntake();
    form.setChannel("CARD");
    form.setReceivedOn(null);
    try {
      recording.record(user, form.toInput());
      redirect.addFlashAttribute("notice", "cardForm.sent");
      return "redirect:/card";
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      return card(user, model);
    }
  }

  private String card(CurrentUser user, Model model) {
    List<Windows.Window> usable = windows.usableBy(user);
    model.addAttribute("windows", usable);
    model.addAttribute("domains", Domains.CARD);
    model.addAttribute("sent", queries.sentBy(user));
    FormErrors.addUnlessPresent(model);
    IntakeForm form = (IntakeForm) model.getAttribute("form");
    if (form != null && form.getWindowId() == null && usable.size() == 1) {
      form.setWindowId(usable.get(0).id());
    }
    return "consultation/card";
  }

  private static CurrentUser requireIntake() {
    CurrentUser user = CurrentUsers.require();
    user.require(ConsultationPermissions.INTAKE_RECORD);
    return user;
  }
}
