package org.tsunagu.aid.internal.member;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.aid.MemberType;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.NotFoundException;

/** A supporter's skills, areas, hours, driving and insurance, edited on the member's page. */
@Controller
@WritePermission(AidPermissions.AID_MANAGE)
class MemberSupporterPageController {

  private final Members members;
  private final MemberPage page;

  MemberSupporterPageController(Members members, MemberPage page) {
    this.members = members;
    this.page = page;
  }

  @PostMapping("/aid/programmes/{id}/members/{memberId}/supporter")
  String save(
      @PathVariable long id,
      @PathVariable long memberId,
      @ModelAttribute("supporterForm") SupporterForm typed,
      Model model,
      RedirectAttributes redirect) {
    if (page.member(id, memberId).memberType() != MemberType.SUPPORTER) {
      throw new NotFoundException();
    }
    SupporterForm form = typed.filled();
    model.addAttribute("supporterForm", form);
    return page.act(
        id,
        memberId,
        model,
        redirect,
        "aid.member.supporterSaved",
        (user, member) -> members.updateSupporter(user, id, memberId, form.input()));
  }
}
