package org.tsunagu.aid.internal.money;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tsunagu.aid.MemberType;
import org.tsunagu.aid.internal.credit.CreditUsers;
import org.tsunagu.aid.internal.ledger.AccountKind;
import org.tsunagu.aid.internal.ledger.Ledger;
import org.tsunagu.aid.internal.member.Member;
import org.tsunagu.aid.internal.member.Members;
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;

/**
 * The money page opened on one member (from their page): chosen in every form even without a
 * balance, with their payments and payouts and the family members who may use their minutes.
 */
@Component
class MoneyFocus {

  private static final int CHOICES = 1_000;

  private final Members members;
  private final MoneyMoves moves;
  private final CreditUsers creditUsers;
  private final Ledger ledger;

  MoneyFocus(Members members, MoneyMoves moves, CreditUsers creditUsers, Ledger ledger) {
    this.members = members;
    this.moves = moves;
    this.creditUsers = creditUsers;
    this.ledger = ledger;
  }

  /** Adds the member's part to the page and answers the members the forms offer. */
  List<MoneyOverview.Outstanding> show(
      CurrentUser user,
      Programme programme,
      long memberId,
      List<MoneyOverview.Outstanding> outstanding,
      Model model) {
    Member member = members.find(programme.id(), memberId).orElseThrow(NotFoundException::new);
    MoneyOverview.Outstanding focus =
        new MoneyOverview.Outstanding(
            member.id(),
            member.name(),
            member.memberType().name(),
            ledger.balance(programme.id(), member.id(), AccountKind.RECIPIENT),
            -ledger.balance(programme.id(), member.id(), AccountKind.SUPPORTER),
            -ledger.balance(programme.id(), member.id(), AccountKind.CREDIT_HOLDING));
    model.addAttribute("focus", focus);
    model.addAttribute("focusActive", member.active());
    model.addAttribute("moves", moves.of(user, programme.id(), member.id()));
    if (programme.credits().allowed()) {
      model.addAttribute("creditUsers", creditUsers.of(user, programme.id(), member.id()));
      model.addAttribute(
          "relations",
          programme.credits().users().stream().filter(r -> !"SELF".equals(r)).toList());
      // Members.list records the recipients it read in the audit log.
      List<Member> family =
          members.list(programme.id(), MemberType.RECIPIENT).stream()
              .filter(m -> m.active() && m.personId() != member.personId())
              .limit(CHOICES)
              .toList();
      model.addAttribute("family", family);
    }
    List<MoneyOverview.Outstanding> choices = new ArrayList<>();
    choices.add(focus);
    outstanding.stream().filter(o -> o.memberId() != member.id()).forEach(choices::add);
    return choices;
  }
}
