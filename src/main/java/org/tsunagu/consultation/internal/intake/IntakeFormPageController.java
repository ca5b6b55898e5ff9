package org.tsunagu.consultation.internal.intake;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.consultation.internal.casework.Domains;
import org.tsunagu.consultation.internal.window.Windows;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;

/** The office intake form, also for typing in a paper card. */
@Controller
@WritePermission(ConsultationPermissions.CASE_WORK)
class IntakeFormPageController {

  private final IntakeRecording recording;
  private final Windows windows;

  IntakeFormPageController(IntakeRecording recording, Windows windows) {
    this.recording = recording;
    this.windows = windows;
  }

  @GetMapping("/intakes/new")
  String newForm(@RequestParam(defaultValue = "false") boolean paper, Model model) {
    CurrentUser user = IntakePageController.requireCaseWork();
    IntakeForm form = new IntakeForm();
    if (paper) {
      form.setChannel("PAPER_CARD");
    }
    model.addAttribute("form", form);
    return form(user, model);
  }

  @WritePermission(ConsultationPermissions.INTAKE_RECORD)
  @PostMapping("/intakes")
  String create(@ModelAttribute("form") IntakeForm form, Model model, RedirectAttributes redirect) {
    CurrentUser user = IntakePageController.requireCaseWork();
    try {
      long id = recording.record(user, form.toInput());
      redirect.addFlashAttribute("notice", "intake.recorded");
      return "redirect:/intakes/" + id;
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      return form(user, model);
    }
  }

  private String form(CurrentUser user, Model model) {
    model.addAttribute("windows", windows.usableBy(user));
    model.addAttribute("domains", Domains.CARD);
    model.addAttribute("channels", IntakeRecording.CHANNELS.stream().sorted().toList());
    model.addAttribute("reporters", IntakeRecording.REPORTERS.stream().sorted().toList());
    FormErrors.addUnlessPresent(model);
    return "consultation/intake-form";
  }
}
