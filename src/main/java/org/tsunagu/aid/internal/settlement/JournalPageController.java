package org.tsunagu.aid.internal.settlement;

import java.time.Clock;
import java.time.YearMonth;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.aid.MemberType;
import org.tsunagu.aid.internal.AidForms;
import org.tsunagu.aid.internal.ledger.Ledger;
import org.tsunagu.aid.internal.member.Members;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;
import org.tsunagu.platform.web.NotFoundException;

/**
 * Corrections on screen: a month's journals, each reversible with a reason, and an adjustment of a
 * member's account against the programme's share. Both are posted in the first month not closed.
 */
@Controller
@WritePermission(AidPermissions.AID_MANAGE)
class JournalPageController {

  /** The adjustment form as typed, shown again beside its problems. */
  record AdjustmentForm(String memberId, String account, String amountYen, String memo) {
    static AdjustmentForm empty() {
      return new AdjustmentForm("", "", "", "");
    }
  }

  private static final String PAGE = "/aid/programmes/{id}/settlements/{month}/journals";

  private final Programmes programmes;
  private final MonthJournals journals;
  private final Corrections corrections;
  private final Members members;
  private final Ledger ledger;
  private final Clock clock;

  JournalPageController(
      Programmes programmes,
      MonthJournals journals,
      Corrections corrections,
      Members members,
      Ledger ledger,
      Clock clock) {
    this.programmes = programmes;
    this.journals = journals;
    this.corrections = corrections;
    this.members = members;
    this.ledger = ledger;
    this.clock = clock;
  }

  @GetMapping(PAGE)
  String list(
      @PathVariable long id,
      @PathVariable String month,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    CurrentUser user = CurrentUsers.require();
    YearMonth m = Settlements.parse(month);
    model.addAttribute("programme", programmes.managed(user, id));
    model.addAttribute("month", m);
    model.addAttribute("page", journals.of(id, m, Math.max(0, page)));
    model.addAttribute("openMonth", ledger.firstOpenMonth(id, YearMonth.now(clock).minusMonths(1)));
    model.addAttribute("recipients", members.list(id, MemberType.RECIPIENT));
    model.addAttribute("supporters", members.list(id, MemberType.SUPPORTER));
    if (!model.containsAttribute("adjustment")) {
      model.addAttribute("adjustment", AdjustmentForm.empty());
    }
    FormErrors.addUnlessPresent(model);
    return "aid/journals";
  }

  @PostMapping(PAGE + "/{journalId}/reversal")
  String reverse(
      @PathVariable long id,
      @PathVariable String month,
      @PathVariable long journalId,
      @RequestParam(required = false) String memo,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser user = CurrentUsers.require();
    programmes.managed(user, id);
    YearMonth m = Settlements.parse(month);
    if (!journals.monthOf(id, journalId).filter(m::equals).isPresent()) {
      throw new NotFoundException();
    }
    try {
      long reversal = corrections.reverse(user, id, new Corrections.ReversalInput(journalId, memo));
      return done(id, reversal, "aid.journals.reversed", redirect);
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      model.addAttribute("failedJournal", journalId);
      model.addAttribute("failedMemo", memo);
      return list(id, month, 0, model);
    }
  }

  @PostMapping(PAGE + "/adjustments")
  String adjust(
      @PathVariable long id,
      @PathVariable String month,
      AdjustmentForm form,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser user = CurrentUsers.require();
    programmes.managed(user, id);
    try {
      long adjustment =
          corrections.adjust(
              user,
              id,
              new Corrections.AdjustmentInput(
                  AidForms.id(form.memberId()),
                  form.account(),
                  yen(form.amountYen()),
                  form.memo()));
      return done(id, adjustment, "aid.journals.adjusted", redirect);
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      model.addAttribute("adjustment", form);
      return list(id, month, 0, model);
    }
  }

  /** To the journals of the month the correction went into, where it now shows. */
  private String done(long id, long journalId, String notice, RedirectAttributes redirect) {
    YearMonth posted = journals.monthOf(id, journalId).orElseThrow();
    redirect.addFlashAttribute("notice", notice);
    return "redirect:/aid/programmes/" + id + "/settlements/" + posted + "/journals";
  }

  /** Yen as typed: digits with an optional sign, commas and a trailing 円 allowed. */
  static Long yen(String typed) {
    if (typed == null) {
      return null;
    }
    String plain = typed.strip().replace(",", "").replace("，", "").replace("円", "");
    plain = plain.replace('－', '-').replace('−', '-').replace('＋', '+');
    Integer value = AidForms.integer(plain);
    return value == null ? null : value.longValue();
  }
}
