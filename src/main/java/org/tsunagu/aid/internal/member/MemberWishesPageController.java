package org.tsunagu.aid.internal.member;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.aid.internal.AidForms;
import org.tsunagu.aid.internal.member.MemberPageForms.WishForm;
import org.tsunagu.platform.security.WritePermission;

/**
 * A recipient's wishes on their page: a supporter they prefer or do not want sent, added or taken
 * off (the API's PUT with kind NONE) through {@link Preferences}.
 */
@Controller
@WritePermission(AidPermissions.AID_MANAGE)
class MemberWishesPageController {

  private final Preferences preferences;
  private final MemberPage page;

  MemberWishesPageController(Preferences preferences, MemberPage page) {
    this.preferences = preferences;
    this.page = page;
  }

  @PostMapping("/aid/programmes/{id}/members/{memberId}/wishes")
  String add(
      @PathVariable long id,
      @PathVariable long memberId,
      @ModelAttribute("wishForm") WishForm form,
      Model model,
      RedirectAttributes redirect) {
    return record(id, memberId, form.supporter(), form.kind(), form.note(), model, redirect);
  }

  @PostMapping("/aid/programmes/{id}/members/{memberId}/wishes/removal")
  String remove(
      @PathVariable long id,
      @PathVariable long memberId,
      @RequestParam(required = false) String supporterId,
      Model model,
      RedirectAttributes redirect) {
    return record(id, memberId, AidForms.id(supporterId), "NONE", null, model, redirect);
  }

  private String record(
      long id,
      long memberId,
      Long supporterId,
      String kind,
      String note,
      Model model,
      RedirectAttributes redirect) {
    return page.act(
        id,
        memberId,
        model,
        redirect,
        "NONE".equals(kind) ? "aid.member.wishRemoved" : "aid.member.wishSaved",
        (user, member) -> preferences.prefer(user, id, memberId, supporterId, kind, note));
  }
}
