package org.tsunagu.aid.internal.member;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.aid.internal.AidForms;
import org.tsunagu.aid.internal.credit.CreditMoves;
import org.tsunagu.aid.internal.member.MemberPageForms.GiftForm;
import org.tsunagu.platform.security.WritePermission;

/** Banked minutes the page's member gives another member, where the programme allows it. */
@Controller
@WritePermission(AidPermissions.AID_MANAGE)
class MemberGiftPageController {

  private final CreditMoves moves;
  private final MemberPage page;

  MemberGiftPageController(CreditMoves moves, MemberPage page) {
    this.moves = moves;
    this.page = page;
  }

  @PostMapping("/aid/programmes/{id}/members/{memberId}/credit-gifts")
  String give(
      @PathVariable long id,
      @PathVariable long memberId,
      @ModelAttribute("giftForm") GiftForm form,
      Model model,
      RedirectAttributes redirect) {
    return page.act(
        id,
        memberId,
        model,
        redirect,
        "aid.member.giftSaved",
        (user, member) ->
            moves.give(
                user,
                id,
                new CreditMoves.GiftInput(
                    memberId,
                    AidForms.id(form.toMemberId()),
                    AidForms.integer(form.minutes()),
                    form.memo())));
  }
}
