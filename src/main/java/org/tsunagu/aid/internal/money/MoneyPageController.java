package org.tsunagu.aid.internal.money;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.aid.internal.AidForms;
import org.tsunagu.aid.internal.credit.CreditCashOuts;
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;

/**
 * 会費・入出金 on screen: the fee year billed, what stands against whom, and the forms to record a
 * payment received or made and to cash out banked minutes. A form refused is shown again with its
 * problems beside its own fields; a form sent twice is stored once (its key).
 */
@Controller
@WritePermission(AidPermissions.AID_MANAGE)
class MoneyPageController {

  private final Programmes programmes;
  private final AnnualFees fees;
  private final Payments payments;
  private final CreditCashOuts cashOuts;
  private final MoneyOverview overview;
  private final Clock clock;

  MoneyPageController(
      Programmes programmes,
      AnnualFees fees,
      Payments payments,
      CreditCashOuts cashOuts,
      MoneyOverview overview,
      Clock clock) {
    this.programmes = programmes;
    this.fees = fees;
    this.payments = payments;
    this.cashOuts = cashOuts;
    this.overview = overview;
    this.clock = clock;
  }

  @GetMapping("/aid/programmes/{id}/money")
  String page(@PathVariable long id, Model model) {
    CurrentUser user = CurrentUsers.require();
    Programme programme = programmes.managed(user, id);
    int year = fees.currentYear(programme);
    model.addAttribute("programme", programme);
    model.addAttribute("feeYear", fees.status(user, id, year));
    model.addAttribute("feeYears", new int[] {year, year - 1});
    model.addAttribute("outstanding", overview.outstanding(id));
    model.addAttribute("shownAtMost", MoneyOverview.SHOWN);
    model.addAttribute("cashOutYenPerHour", CreditCashOuts.yen(programme, 60));
    if (!model.containsAttribute("form")) {
      model.addAttribute(
          "form", MoneyForm.blank(LocalDate.now(clock).toString(), UUID.randomUUID().toString()));
    }
    FormErrors.addUnlessPresent(model);
    model.addAttribute("noErrors", FormErrors.none());
    return "aid/money";
  }

  @PostMapping("/aid/programmes/{id}/money/annual-fees")
  String bill(
      @PathVariable long id,
      @RequestParam(required = false) String feeYear,
      Model model,
      RedirectAttributes redirect) {
    try {
      AnnualFees.Billing b = fees.bill(CurrentUsers.require(), id, AidForms.integer(feeYear));
      redirect.addFlashAttribute("notice", "aid.money.billed");
      redirect.addFlashAttribute("billedYear", b.feeYear());
      redirect.addFlashAttribute("billedCount", b.billed());
      redirect.addFlashAttribute("billedYen", b.totalYen());
      return "redirect:/aid/programmes/" + id + "/money";
    } catch (FieldErrorsException e) {
      return failed(id, model, "fee", e);
    }
  }

  @PostMapping("/aid/programmes/{id}/money/moves")
  String move(
      @PathVariable long id,
      @ModelAttribute("form") MoneyForm form,
      Model model,
      RedirectAttributes redirect) {
    try {
      payments.record(CurrentUsers.require(), id, form.moneyDirection(), form.money(), keyOf(form));
      redirect.addFlashAttribute(
          "notice",
          form.moneyDirection() == Payments.Direction.RECEIVED
              ? "aid.money.received"
              : "aid.money.paidOut");
      return "redirect:/aid/programmes/" + id + "/money";
    } catch (FieldErrorsException e) {
      return failed(id, model, "move", e);
    }
  }

  @PostMapping("/aid/programmes/{id}/money/cash-outs")
  String cashOut(
      @PathVariable long id,
      @ModelAttribute("form") MoneyForm form,
      Model model,
      RedirectAttributes redirect) {
    try {
      CreditCashOuts.CashOut done =
          cashOuts.cashOut(
              CurrentUsers.require(),
              id,
              new CreditCashOuts.CashOutInput(
                  AidForms.id(form.memberId()), AidForms.integer(form.minutes()), form.memo()),
              keyOf(form));
      redirect.addFlashAttribute("notice", "aid.money.cashedOut");
      redirect.addFlashAttribute("cashedOutMinutes", done.minutes());
      redirect.addFlashAttribute("cashedOutYen", done.yen());
      return "redirect:/aid/programmes/" + id + "/money";
    } catch (FieldErrorsException e) {
      return failed(id, model, "cashOut", e);
    }
  }

  private String failed(long id, Model model, String which, FieldErrorsException e) {
    model.addAttribute("errors", FormErrors.of(e));
    model.addAttribute("failed", which);
    return page(id, model);
  }

  private static String keyOf(MoneyForm form) {
    return form.key() == null || form.key().isBlank() ? null : form.key();
  }
}
