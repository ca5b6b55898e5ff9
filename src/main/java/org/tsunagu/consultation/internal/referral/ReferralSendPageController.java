package org.tsunagu.consultation.internal.referral;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.consultation.internal.casework.CaseQueries;
import org.tsunagu.consultation.internal.casework.CaseView;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;

/** Choosing where to refer a case, with suggestions, and sending the referral. */
@Controller
@WritePermission(ConsultationPermissions.CASE_WORK)
class ReferralSendPageController {

  private final ReferralSending sending;
  private final ReferralQueries queries;
  private final CaseQueries cases;
  private final PeopleApi people;

  ReferralSendPageController(
      ReferralSending sending, ReferralQueries queries, CaseQueries cases, PeopleApi people) {
    this.sending = sending;
    this.queries = queries;
    this.cases = cases;
    this.people = people;
  }

  @GetMapping("/cases/{id}/referrals/new")
  String newForm(@PathVariable long id, Model model) {
    CurrentUser user = CurrentUsers.require();
    CaseView view = cases.open(user, id);
    ReferralForm form = new ReferralForm();
    form.setDomains(view.needs().stream().map(Enum::name).toList());
    form.setUrgency(view.supportCase().urgency().name());
    model.addAttribute("form", form);
    return form(user, view, model);
  }

  @PostMapping("/cases/{id}/referrals")
  String send(
      @PathVariable long id,
      @ModelAttribute("form") ReferralForm form,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser user = CurrentUsers.require();
    try {
      sending.send(user, id, form.toInput());
      redirect.addFlashAttribute("notice", "referral.sent");
      return "redirect:/cases/" + id + "?tab=referrals#tabs";
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      return form(user, cases.open(user, id), model);
    }
  }

  private String form(CurrentUser user, CaseView view, Model model) {
    model.addAttribute("view", view);
    model.addAttribute("suggestions", queries.suggestions(user, view.supportCase().id()));
    model.addAttribute(
        "organizations",
        people.organizations().stream().filter(o -> o.id() != user.organizationId()).toList());
    model.addAttribute("domains", java.util.EnumSet.allOf(org.tsunagu.people.SupportDomain.class));
    model.addAttribute("bases", view.bases().stream().filter(CaseView.Basis::active).toList());
    FormErrors.addUnlessPresent(model);
    return "consultation/referral-form";
  }
}
