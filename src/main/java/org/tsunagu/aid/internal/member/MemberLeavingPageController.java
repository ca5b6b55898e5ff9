package org.tsunagu.aid.internal.member;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.aid.internal.member.MemberPageForms.LeaveForm;
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;

/** 退会 or death on the member's page; the banked minutes go by the programme's rule. */
@Controller
@WritePermission(AidPermissions.AID_MANAGE)
class MemberLeavingPageController {

  private final Programmes programmes;
  private final Leaving leaving;
  private final MemberPage page;

  MemberLeavingPageController(Programmes programmes, Leaving leaving, MemberPage page) {
    this.programmes = programmes;
    this.leaving = leaving;
    this.page = page;
  }

  @PostMapping("/aid/programmes/{id}/members/{memberId}/leaving")
  String leave(
      @PathVariable long id,
      @PathVariable long memberId,
      @ModelAttribute("leaveForm") LeaveForm form,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser user = CurrentUsers.require();
    Programme programme = programmes.managed(user, id);
    Member member = page.member(id, memberId);
    try {
      MemberPage.requireActive(member);
      leaving.leave(user, id, memberId, form.reason(), form.leftOn(), form.heir());
      redirect.addFlashAttribute("notice", "aid.member.leftSaved");
      return "redirect:" + MemberPage.path(member);
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      return page.show(user, programme, member, model);
    }
  }
}
