package org.tsunagu.aid.internal.matching;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.aid.MemberType;
import org.tsunagu.aid.internal.member.Member;
import org.tsunagu.aid.internal.member.Members;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.aid.internal.request.HelpRequests;
import org.tsunagu.aid.internal.request.RequestTaking;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;
import org.tsunagu.platform.web.NotFoundException;

/** A member asks for help for themselves in large text, and sees what they asked for. */
@Controller
@WritePermission(AidPermissions.AID_REQUEST)
class AskPageController {

  private final Members members;
  private final Programmes programmes;
  private final HelpRequests requests;
  private final RequestTaking taking;
  private final Clock clock;

  AskPageController(
      Members members,
      Programmes programmes,
      HelpRequests requests,
      RequestTaking taking,
      Clock clock) {
    this.members = members;
    this.programmes = programmes;
    this.requests = requests;
    this.taking = taking;
    this.clock = clock;
  }

  @GetMapping("/aid/ask")
  String form(Model model) {
    model.addAttribute("form", RequestForm.blank(LocalDate.now(clock).plusDays(1).toString()));
    return page(asker(), model);
  }

  @PostMapping("/aid/ask")
  String ask(@ModelAttribute("form") RequestForm form, Model model, RedirectAttributes redirect) {
    CurrentUser user = asker();
    Member self = self(user);
    if (self == null) {
      throw new NotFoundException();
    }
    try {
      taking.ask(user, self.programmeId(), form.input());
      redirect.addFlashAttribute("notice", "aid.ask.sent");
      return "redirect:/aid/ask";
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      return page(user, model);
    }
  }

  private String page(CurrentUser user, Model model) {
    Member self = self(user);
    model.addAttribute("self", self);
    if (self != null) {
      model.addAttribute("programme", programmes.find(self.programmeId()).orElseThrow());
      model.addAttribute("mine", requests.ofRecipient(self.id(), 20));
    }
    FormErrors.addUnlessPresent(model);
    return "aid/ask";
  }

  private Member self(CurrentUser user) {
    return members.ofUser(user.id()).stream()
        .filter(m -> m.memberType() == MemberType.RECIPIENT)
        .findFirst()
        .orElse(null);
  }

  private static CurrentUser asker() {
    CurrentUser user = CurrentUsers.require();
    if (!user.may(AidPermissions.AID_REQUEST)) {
      throw new NotFoundException();
    }
    return user;
  }
}
