package org.tsunagu.consultation.internal.referral;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.consultation.DeclineReason;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;
import org.tsunagu.platform.web.InputLimits;

/**
 * Referral screens: the two boxes, one referral and its answers. Choosing where to refer is {@link
 * ReferralSendPageController}.
 */
@Controller
@WritePermission(ConsultationPermissions.CASE_WORK)
class ReferralPageController {

  private final ReferralAnswers answers;
  private final ReferrerFollowUp followUp;
  private final ReferralQueries queries;
  private final Clock clock;

  ReferralPageController(
      ReferralAnswers answers, ReferrerFollowUp followUp, ReferralQueries queries, Clock clock) {
    this.answers = answers;
    this.followUp = followUp;
    this.queries = queries;
    this.clock = clock;
  }

  @GetMapping("/referrals")
  String list(
      @RequestParam(defaultValue = "received") String box,
      @RequestParam(defaultValue = "true") boolean active,
      @RequestParam(defaultValue = "0") @Min(0) @Max(InputLimits.MAX_PAGE) int page,
      Model model) {
    CurrentUser user = CurrentUsers.require();
    boolean sent = "sent".equals(box);
    List<ReferralQueries.ListRow> rows =
        sent ? queries.sent(user, active, page) : queries.received(user, active, page);
    model.addAttribute("rows", rows.size() > 50 ? rows.subList(0, 50) : rows);
    model.addAttribute("hasNext", rows.size() > 50);
    model.addAttribute("page", page);
    model.addAttribute("box", sent ? "sent" : "received");
    model.addAttribute("active", active);
    model.addAttribute("today", LocalDate.now(clock));
    return "consultation/referrals";
  }

  @GetMapping("/referrals/{id}")
  String show(@PathVariable long id, Model model) {
    CurrentUser user = CurrentUsers.require();
    ReferralQueries.Detail detail = queries.open(user, id);
    model.addAttribute("r", detail);
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("outcomes", Referral.Outcome.values());
    model.addAttribute("reasons", Referral.UnsuccessfulReason.values());
    model.addAttribute("declineReasons", DeclineReason.values());
    FormErrors.addUnlessPresent(model);
    return "consultation/referral";
  }

  @PostMapping("/referrals/{id}/accept")
  String accept(@PathVariable long id, Model model, RedirectAttributes redirect) {
    return act(id, model, redirect, "referral.accepted", u -> answers.accept(u, id));
  }

  @PostMapping("/referrals/{id}/decline")
  String decline(
      @PathVariable long id,
      @RequestParam(required = false) DeclineReason declineReason,
      @RequestParam(defaultValue = "") String declineNote,
      Model model,
      RedirectAttributes redirect) {
    return act(
        id,
        model,
        redirect,
        "referral.declined",
        u -> answers.decline(u, id, declineReason, declineNote));
  }

  @PostMapping("/referrals/{id}/start")
  String start(@PathVariable long id, Model model, RedirectAttributes redirect) {
    return act(id, model, redirect, "referral.started", u -> answers.start(u, id));
  }

  @PostMapping("/referrals/{id}/complete")
  String complete(
      @PathVariable long id,
      @RequestParam(required = false) Referral.Outcome outcome,
      @RequestParam(required = false) Referral.UnsuccessfulReason unsuccessfulReason,
      @RequestParam(defaultValue = "") String outcomeNote,
      Model model,
      RedirectAttributes redirect) {
    return act(
        id,
        model,
        redirect,
        "referral.completed",
        u -> answers.complete(u, id, outcome, unsuccessfulReason, outcomeNote));
  }

  @PostMapping("/referrals/{id}/withdraw")
  String withdraw(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String withdrawnReason,
      Model model,
      RedirectAttributes redirect) {
    return act(
        id, model, redirect, "referral.withdrawn", u -> followUp.withdraw(u, id, withdrawnReason));
  }

  @PostMapping("/referrals/{id}/basis")
  String basis(
      @PathVariable long id, @RequestParam long basisId, Model model, RedirectAttributes redirect) {
    return act(
        id, model, redirect, "referral.basisAttached", u -> followUp.attachBasis(u, id, basisId));
  }

  @PostMapping("/referrals/{id}/dismiss-return")
  String dismiss(@PathVariable long id, @RequestParam long caseId, RedirectAttributes redirect) {
    followUp.dismissReturn(CurrentUsers.require(), id);
    redirect.addFlashAttribute("notice", "referral.returnDismissed");
    return "redirect:/cases/" + caseId + "?tab=referrals#tabs";
  }

  private String act(
      long id,
      Model model,
      RedirectAttributes redirect,
      String notice,
      Consumer<CurrentUser> change) {
    try {
      change.accept(CurrentUsers.require());
      redirect.addFlashAttribute("notice", notice);
      return "redirect:/referrals/" + id;
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      return show(id, model);
    }
  }
}
