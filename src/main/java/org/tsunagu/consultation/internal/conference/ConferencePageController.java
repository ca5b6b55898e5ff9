package org.tsunagu.consultation.internal.conference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FieldErrorsException.FieldProblem;
import org.tsunagu.platform.web.FormErrors;

/**
 * Screens of case conferences (支援会議・重層的支援会議): the list, convening one, and the conference page with
 * its participants' confidentiality acknowledgements, minutes and decisions.
 */
@Controller
@WritePermission(ConsultationPermissions.CONFERENCE_MANAGE)
class ConferencePageController {

  private final Conferences conferences;
  private final ConferenceConvening convening;
  private final ConfidentialityAcknowledgements acknowledgements;
  private final ConferenceOutcomes outcomes;
  private final ConferenceChoices choices;

  ConferencePageController(
      Conferences conferences,
      ConferenceConvening convening,
      ConfidentialityAcknowledgements acknowledgements,
      ConferenceOutcomes outcomes,
      ConferenceChoices choices) {
    this.conferences = conferences;
    this.convening = convening;
    this.acknowledgements = acknowledgements;
    this.outcomes = outcomes;
    this.choices = choices;
  }

  @GetMapping("/conferences")
  String list(Model model) {
    model.addAttribute("conferences", conferences.list(requireManage()));
    return "conferences/list";
  }

  /** The convene form; {@code caseId} preselects a case (the case page links here). */
  @GetMapping("/conferences/new")
  String newForm(@RequestParam(required = false) Long caseId, Model model) {
    CurrentUser user = requireManage();
    ConferenceForm form = new ConferenceForm();
    if (caseId != null) {
      form.getCaseIds().add(caseId);
    }
    model.addAttribute("form", form);
    model.addAttribute("errors", FormErrors.none());
    return conveneForm(user, form, model);
  }

  @PostMapping("/conferences")
  String convene(
      @ModelAttribute("form") ConferenceForm form,
      BindingResult ignoredBinding,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser user = requireManage();
    try {
      long id = convening.convene(user, form.toInput());
      redirect.addFlashAttribute("notice", "conference.convened");
      return "redirect:/conferences/" + id;
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", errors(e, "heldOn", form.heldOn()));
      return conveneForm(user, form, model);
    }
  }

  @GetMapping("/conferences/{id}")
  String show(@PathVariable long id, Model model) {
    CurrentUser user = requireManage();
    Conferences.View view = conferences.view(user, id);
    model.addAttribute("minutesText", view.minutes());
    return showPage(view, newDecision(view), model);
  }

  /** A person of the participant organisation acknowledges the duty, for themselves. */
  @PostMapping("/conference-participants/{id}/acknowledge")
  String acknowledge(@PathVariable long id, RedirectAttributes redirect) {
    long conferenceId = acknowledgements.acknowledge(requireManage(), id);
    redirect.addFlashAttribute("notice", "conference.acknowledged");
    return "redirect:/conferences/" + conferenceId;
  }

  @PostMapping("/conferences/{id}/minutes")
  String minutes(
      @PathVariable long id,
      @RequestParam(defaultValue = "0") int version,
      @RequestParam(defaultValue = "") String minutes,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser user = requireManage();
    try {
      outcomes.recordMinutes(user, id, version, minutes);
      redirect.addFlashAttribute("notice", "conference.minutesRecorded");
      return "redirect:/conferences/" + id;
    } catch (FieldErrorsException e) {
      model.addAttribute("minutesErrors", FormErrors.of(e));
    } catch (OptimisticLockingFailureException e) {
      model.addAttribute("conflict", true);
    }
    Conferences.View view = conferences.view(user, id);
    model.addAttribute("minutesText", minutes);
    model.addAttribute("minutesVersion", version);
    return showPage(view, newDecision(view), model);
  }

  @PostMapping("/conferences/{id}/decisions")
  String decide(
      @PathVariable long id,
      @ModelAttribute("decision") DecisionForm decision,
      BindingResult ignoredBinding,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser user = requireManage();
    try {
      if (decision.getCaseId() == null) {
        throw new FieldErrorsException(List.of(new FieldProblem("caseId", "validation.required")));
      }
      outcomes.decide(user, id, decision.getCaseId(), decision.getText(), decision.action());
      redirect.addFlashAttribute("notice", "conference.decided");
      return "redirect:/conferences/" + id;
    } catch (FieldErrorsException e) {
      model.addAttribute("decisionErrors", errors(e, "dueOn", decision.dueOn()));
    }
    Conferences.View view = conferences.view(user, id);
    model.addAttribute("minutesText", view.minutes());
    return showPage(view, decision, model);
  }

  private String conveneForm(CurrentUser user, ConferenceForm form, Model model) {
    model.addAttribute("kinds", Conferences.Kind.values());
    model.addAttribute("caseChoices", choices.cases(user, form.getCaseIds()));
    model.addAttribute("organizationGroups", choices.organizationsByType());
    return "conferences/form";
  }

  private String showPage(Conferences.View view, DecisionForm decision, Model model) {
    model.addAttribute("view", view);
    model.addAttribute("decision", decision);
    model.addAttribute("responsibleOrgs", participantOrganizations(view));
    if (!model.containsAttribute("minutesVersion")) {
      model.addAttribute("minutesVersion", view.version());
    }
    if (!model.containsAttribute("minutesErrors")) {
      model.addAttribute("minutesErrors", FormErrors.none());
    }
    if (!model.containsAttribute("decisionErrors")) {
      model.addAttribute("decisionErrors", FormErrors.none());
    }
    return "conferences/show";
  }

  /** A decision form with the only case chosen, when there is one. */
  private static DecisionForm newDecision(Conferences.View view) {
    DecisionForm f = new DecisionForm();
    if (view.cases().size() == 1) {
      f.setCaseId(view.cases().get(0).id());
    }
    return f;
  }

  /** The organisations at the table, each once: those a decided action may be given to. */
  private static Map<Long, String> participantOrganizations(Conferences.View view) {
    Map<Long, String> orgs = new LinkedHashMap<>();
    for (Conferences.ParticipantRow p : view.participants()) {
      orgs.putIfAbsent(p.organizationId(), p.organizationName());
    }
    return orgs;
  }

  /** The service's field errors, saying why a typed date was unreadable instead of "required". */
  private static FormErrors errors(FieldErrorsException e, String dateField, DayFields typed) {
    if (typed.problemKey() == null) {
      return FormErrors.of(e);
    }
    List<FieldProblem> out = new ArrayList<>();
    for (FieldProblem p : e.problems()) {
      out.add(p.field().equals(dateField) ? new FieldProblem(dateField, typed.problemKey()) : p);
    }
    return new FormErrors(out);
  }

  private static CurrentUser requireManage() {
    CurrentUser user = CurrentUsers.require();
    user.require(ConsultationPermissions.CONFERENCE_MANAGE);
    return user;
  }
}
