package org.tsunagu.aid.internal.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.aid.MemberType;
import org.tsunagu.aid.internal.ledger.AccountKind;
import org.tsunagu.aid.internal.ledger.Ledger;
import org.tsunagu.aid.internal.member.MemberPageForms.GiftForm;
import org.tsunagu.aid.internal.member.MemberPageForms.LeaveForm;
import org.tsunagu.aid.internal.member.MemberPageForms.WishForm;
import org.tsunagu.aid.internal.member.MemberPageReads.Choice;
import org.tsunagu.aid.internal.member.MemberPageReads.Wish;
import org.tsunagu.aid.internal.programme.CreditRules;
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.people.AreaLevel;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.PersonSummary;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;

/**
 * The member's page (aid/member.html): who they are, what they owe, are owed and hold, and one
 * section per form. Every controller of the page re-shows it through {@link #show}, which keeps a
 * form the failed post left in the model. Opening it is a READ of the person; the other members it
 * offers to choose from and the wishes it lists are one SEARCH entry.
 */
@Component
class MemberPage {

  /** Yen the member owes (未収), yen owed to them (未払), minutes they hold (預託時間). */
  record Balances(long owes, long owed, long minutesHeld) {}

  /** What one of the page's forms does for the member. */
  interface Action {
    void run(CurrentUser user, Member member);
  }

  private final Programmes programmes;
  private final Members members;
  private final MemberPageReads reads;
  private final Ledger ledger;
  private final PeopleApi people;
  private final AuditLog audit;
  private final Clock clock;

  MemberPage(
      Programmes programmes,
      Members members,
      MemberPageReads reads,
      Ledger ledger,
      PeopleApi people,
      AuditLog audit,
      Clock clock) {
    this.programmes = programmes;
    this.members = members;
    this.reads = reads;
    this.ledger = ledger;
    this.people = people;
    this.audit = audit;
    this.clock = clock;
  }

  /** The programme's member; an id of another programme is not found. */
  Member member(long programmeId, long memberId) {
    return members.find(programmeId, memberId).orElseThrow(NotFoundException::new);
  }

  /** A member who has left is only shown: a form posted for them is refused. */
  static void requireActive(Member member) {
    if (!member.active()) {
      Problems p = new Problems();
      p.add("member", "aid.validation.alreadyLeft");
      p.throwIfAny();
    }
  }

  /**
   * Runs a form's action for an active member and returns to their page with {@code notice}; a
   * refusal shows the page again with the problems beside the form's fields.
   */
  String act(
      long programmeId,
      long memberId,
      Model model,
      RedirectAttributes redirect,
      String notice,
      Action action) {
    CurrentUser user = CurrentUsers.require();
    Programme programme = programmes.managed(user, programmeId);
    Member member = member(programmeId, memberId);
    try {
      requireActive(member);
      action.run(user, member);
      redirect.addFlashAttribute("notice", notice);
      return "redirect:" + path(member);
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      return show(user, programme, member, model);
    }
  }

  static String path(Member member) {
    return "/aid/programmes/" + member.programmeId() + "/members/" + member.id();
  }

  String show(CurrentUser user, Programme programme, Member member, Model model) {
    String name =
        people
            .findVisible(user, member.personId(), "MUTUAL_AID")
            .map(PersonSummary::fullName)
            .orElse(null);
    if (name == null) {
      name = member.name();
      audit.record(AuditAction.READ, "person", member.personId(), "aid.member");
    }
    model.addAttribute("programme", programme);
    model.addAttribute("member", member);
    model.addAttribute("name", name);
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute(
        "memberships",
        reads.memberships(programme.id(), member.personId()).stream()
            .filter(m -> m.id() != member.id())
            .toList());
    model.addAttribute("balances", balances(programme.id(), member.id()));
    List<Long> shown = new ArrayList<>();
    List<Choice> others = member.active() ? reads.others(programme.id(), member.id()) : List.of();
    others.forEach(o -> shown.add(o.personId()));
    model.addAttribute("others", others);
    if (member.memberType() == MemberType.SUPPORTER) {
      if (!model.containsAttribute("supporterForm")) {
        model.addAttribute(
            "supporterForm", reads.profile(member.id()).orElseGet(SupporterForm::blank));
      }
      model.addAttribute("areas", member.active() ? people.areasDownTo(AreaLevel.TOWN) : List.of());
    }
    if (member.memberType() == MemberType.RECIPIENT) {
      List<Wish> wishes = reads.wishes(member.id());
      wishes.forEach(w -> shown.add(w.personId()));
      model.addAttribute("wishes", wishes);
      model.addAttribute(
          "supporters",
          others.stream().filter(o -> o.memberType() == MemberType.SUPPORTER).toList());
      addUnlessPresent(model, "wishForm", WishForm.blank());
    }
    CreditRules credits = programme.credits();
    model.addAttribute("giftAllowed", member.active() && credits.transferable());
    addUnlessPresent(model, "giftForm", GiftForm.blank());
    addUnlessPresent(model, "leaveForm", LeaveForm.blank());
    model.addAttribute(
        "heirNeeded", "FAMILY".equals(credits.onLeaving()) || "FAMILY".equals(credits.onDeath()));
    if (!shown.isEmpty()) {
      audit.recordSearch("person", "aid.member.page", shown.stream().distinct().toList());
    }
    FormErrors.addUnlessPresent(model);
    return "aid/member";
  }

  private Balances balances(long programmeId, long memberId) {
    return new Balances(
        ledger.balance(programmeId, memberId, AccountKind.RECIPIENT),
        -ledger.balance(programmeId, memberId, AccountKind.SUPPORTER),
        -ledger.balance(programmeId, memberId, AccountKind.CREDIT_HOLDING));
  }

  private static void addUnlessPresent(Model model, String name, Object form) {
    if (!model.containsAttribute(name)) {
      model.addAttribute(name, form);
    }
  }
}
