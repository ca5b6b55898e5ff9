package org.tsunagu.aid.internal.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.aid.MemberType;
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.PersonSummary;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;
import org.tsunagu.platform.web.NotFoundException;

/**
 * A programme's members on screen: supporters with their insurance and recipients, each linked to
 * their own page ({@link MemberPage}); a resident found by name joins as either, a supporter with
 * what they can do and when.
 */
@Controller
@WritePermission(AidPermissions.AID_MANAGE)
class MemberPageController {

  private final Programmes programmes;
  private final Members members;
  private final SupporterLines supporters;
  private final MemberPage page;
  private final PeopleApi people;
  private final Clock clock;

  MemberPageController(
      Programmes programmes,
      Members members,
      SupporterLines supporters,
      MemberPage page,
      PeopleApi people,
      Clock clock) {
    this.programmes = programmes;
    this.members = members;
    this.supporters = supporters;
    this.page = page;
    this.people = people;
    this.clock = clock;
  }

  @GetMapping("/aid/programmes/{id}/members")
  String list(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
    CurrentUser user = CurrentUsers.require();
    Programme programme = programmes.managed(user, id);
    model.addAttribute("programme", programme);
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("supporters", supporters.of(id, user.locale()));
    model.addAttribute("recipients", members.list(id, MemberType.RECIPIENT));
    model.addAttribute("q", q);
    model.addAttribute(
        "hits", q == null || q.isBlank() ? List.of() : people.search(user, q.strip(), 10));
    return "aid/members";
  }

  /** One member's page: who they are, their balances, and the forms for their membership. */
  @GetMapping("/aid/programmes/{id}/members/{memberId:\\d+}")
  String member(@PathVariable long id, @PathVariable long memberId, Model model) {
    CurrentUser user = CurrentUsers.require();
    Programme programme = programmes.managed(user, id);
    return page.show(user, programme, page.member(id, memberId), model);
  }

  @GetMapping("/aid/programmes/{id}/members/new")
  String form(
      @PathVariable long id,
      @RequestParam long personId,
      @RequestParam(defaultValue = "RECIPIENT") String type,
      Model model) {
    CurrentUser user = CurrentUsers.require();
    Programme programme = programmes.managed(user, id);
    // A person the organisation cannot see is not there, as another programme's member is not.
    PersonSummary person =
        people.findVisible(user, personId, "MUTUAL_AID").orElseThrow(NotFoundException::new);
    model.addAttribute("form", MemberForm.blank(personId, type));
    return formPage(programme, person, model);
  }

  @PostMapping("/aid/programmes/{id}/members")
  String join(
      @PathVariable long id,
      @ModelAttribute("form") MemberForm form,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser user = CurrentUsers.require();
    Programme programme = programmes.managed(user, id);
    try {
      members.join(user, id, form.input());
      redirect.addFlashAttribute("notice", "aid.members.joined");
      return "redirect:/aid/programmes/" + id + "/members";
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      Long personId = org.tsunagu.aid.internal.AidForms.id(form.personId());
      PersonSummary person =
          personId == null ? null : people.findVisible(user, personId, "MUTUAL_AID").orElse(null);
      return formPage(programme, person, model);
    }
  }

  private String formPage(Programme programme, PersonSummary person, Model model) {
    model.addAttribute("programme", programme);
    model.addAttribute("person", person);
    model.addAttribute("rows", List.of(0, 1, 2));
    FormErrors.addUnlessPresent(model);
    return "aid/member-form";
  }
}
