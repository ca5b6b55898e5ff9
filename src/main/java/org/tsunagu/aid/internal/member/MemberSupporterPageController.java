package org.tsunagu.aid.internal.member;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.aid.MemberType;
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;
import org.tsunagu.platform.web.NotFoundException;

/** A supporter's skills, areas, hours, driving and insurance, edited on the member's page. */
@Controller
@WritePermission(AidPermissions.AID_MANAGE)
class MemberSupporterPageController {

  private final Programmes programmes;
  private final Members members;
  private final MemberPage page;

  MemberSupporterPageController(Programmes programmes, Members members, MemberPage page) {
    this.programmes = programmes;
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
    CurrentUser user = CurrentUsers.require();
    Programme programme = programmes.managed(user, id);
    Member member = page.member(id, memberId);
    if (member.memberType() != MemberType.SUPPORTER) {
      throw new NotFoundException();
    }
    SupporterForm form = typed.filled();
    try {
      MemberPage.requireActive(member);
      members.updateSupporter(user, id, memberId, form.input());
      redirect.addFlashAttribute("notice", "aid.member.supporterSaved");
      return "redirect:" + MemberPage.path(member);
    } catch (FieldErrorsException e) {
      model.addAttribute("supporterForm", form);
      model.addAttribute("errors", FormErrors.of(e));
      return page.show(user, programme, member, model);
    }
  }
}
