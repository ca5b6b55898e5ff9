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
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;

/** Banked minutes the page's member gives another member, where the programme allows it. */
@Controller
@WritePermission(AidPermissions.AID_MANAGE)
class MemberGiftPageController {

  private final Programmes programmes;
  private final CreditMoves moves;
  private final MemberPage page;

  MemberGiftPageController(Programmes programmes, CreditMoves moves, MemberPage page) {
    this.programmes = programmes;
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
    CurrentUser user = CurrentUsers.require();
    Programme programme = programmes.managed(user, id);
    Member member = page.member(id, memberId);
    try {
      MemberPage.requireActive(member);
      moves.give(
          user,
          id,
          new CreditMoves.GiftInput(
              memberId,
              AidForms.id(form.toMemberId()),
              AidForms.integer(form.minutes()),
              form.memo()));
      redirect.addFlashAttribute("notice", "aid.member.giftSaved");
      return "redirect:" + MemberPage.path(member);
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      return page.show(user, programme, member, model);
    }
  }
}
