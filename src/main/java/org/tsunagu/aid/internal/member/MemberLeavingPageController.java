package org.tsunagu.aid.internal.member;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.aid.internal.member.MemberPageForms.LeaveForm;
import org.tsunagu.platform.security.WritePermission;

/** 退会 or death on the member's page; the banked minutes go by the programme's rule. */
@Controller
@WritePermission(AidPermissions.AID_MANAGE)
class MemberLeavingPageController {

  private final Leaving leaving;
  private final MemberPage page;

  MemberLeavingPageController(Leaving leaving, MemberPage page) {
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
    return page.act(
        id,
        memberId,
        model,
        redirect,
        "aid.member.leftSaved",
        (user, member) ->
            leaving.leave(user, id, memberId, form.reason(), form.leftOn(), form.heir()));
  }
}
