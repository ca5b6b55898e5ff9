package org.tsunagu.aid.internal.money;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.aid.internal.AidForms;
import org.tsunagu.aid.internal.credit.CreditUsers;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.NotFoundException;

/** The family members who may use a member's banked minutes, recorded on the money page. */
@Controller
@WritePermission(AidPermissions.AID_MANAGE)
class MoneyCreditUsersPageController {

  private final MoneyPage page;
  private final CreditUsers creditUsers;

  MoneyCreditUsersPageController(MoneyPage page, CreditUsers creditUsers) {
    this.page = page;
    this.creditUsers = creditUsers;
  }

  @PostMapping("/aid/programmes/{id}/money/credit-users")
  String record(
      @PathVariable long id,
      @RequestParam long holderId,
      @RequestParam(required = false) String userMemberId,
      @RequestParam(required = false) String relation,
      Model model,
      RedirectAttributes redirect) {
    try {
      creditUsers.record(
          CurrentUsers.require(),
          id,
          holderId,
          new CreditUsers.CreditUserInput(AidForms.id(userMemberId), relation));
      redirect.addFlashAttribute("notice", "aid.money.creditUserAdded");
      return "redirect:/aid/programmes/" + id + "/money?member=" + holderId;
    } catch (FieldErrorsException e) {
      return page.failed(id, String.valueOf(holderId), model, "creditUser", e);
    }
  }

  @PostMapping("/aid/programmes/{id}/money/credit-users/removal")
  String remove(
      @PathVariable long id,
      @RequestParam long holderId,
      @RequestParam(required = false) String userMemberId,
      RedirectAttributes redirect) {
    Long user = AidForms.id(userMemberId);
    if (user == null) {
      throw new NotFoundException();
    }
    creditUsers.remove(CurrentUsers.require(), id, holderId, user);
    redirect.addFlashAttribute("notice", "aid.money.creditUserRemoved");
    return "redirect:/aid/programmes/" + id + "/money?member=" + holderId;
  }
}
