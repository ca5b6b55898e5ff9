package org.tsunagu.aid.internal.batch;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;

/** The batch on screen: propose for a week, review the lines, send the ones kept. */
@Controller
@WritePermission(AidPermissions.AID_MANAGE)
class BatchPageController {

  private final BatchProposals proposals;
  private final BatchSending sending;
  private final BatchQueries queries;
  private final Programmes programmes;

  BatchPageController(
      BatchProposals proposals, BatchSending sending, BatchQueries queries, Programmes programmes) {
    this.proposals = proposals;
    this.sending = sending;
    this.queries = queries;
    this.programmes = programmes;
  }

  @PostMapping("/aid/programmes/{id}/batch")
  String propose(@PathVariable long id, @RequestParam(required = false) String week) {
    LocalDate day;
    try {
      day = week == null || week.isBlank() ? null : LocalDate.parse(week);
    } catch (java.time.format.DateTimeParseException e) {
      day = null;
    }
    long proposal = proposals.propose(CurrentUsers.require(), id, day);
    return "redirect:/aid/programmes/" + id + "/batch/" + proposal;
  }

  @GetMapping("/aid/programmes/{id}/batch/{proposalId}")
  String proposal(@PathVariable long id, @PathVariable long proposalId, Model model) {
    CurrentUser user = CurrentUsers.require();
    model.addAttribute("programme", programmes.managed(user, id));
    model.addAttribute("proposal", queries.find(id, proposalId));
    return "aid/batch";
  }

  @PostMapping("/aid/programmes/{id}/batch/{proposalId}/sending")
  String send(
      @PathVariable long id,
      @PathVariable long proposalId,
      @RequestParam(name = "requestIds", required = false) List<Long> kept,
      RedirectAttributes redirect) {
    try {
      sending.send(
          CurrentUsers.require(), id, proposalId, new HashSet<>(kept == null ? List.of() : kept));
      redirect.addFlashAttribute("notice", "aid.batch.sent");
    } catch (FieldErrorsException e) {
      redirect.addFlashAttribute("notice", "aid.validation.proposalSent");
    }
    return "redirect:/aid/programmes/" + id + "/batch/" + proposalId;
  }
}
