package org.tsunagu.aid.internal.money;

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
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;

/**
 * 会費・入出金 on screen: the fee year billed, what stands against whom, and the forms to record a
 * payment received or made and to cash out banked minutes. A form refused is shown again with its
 * problems beside its own fields; a form sent twice is stored once (its key).
 */
@Controller
@WritePermission(AidPermissions.AID_MANAGE)
class MoneyPageController {

  private final MoneyPage page;
  private final AnnualFees fees;
  private final Payments payments;
  private final CreditCashOuts cashOuts;

  MoneyPageController(MoneyPage page, AnnualFees fees, Payments payments, CreditCashOuts cashOuts) {
    this.page = page;
    this.fees = fees;
    this.payments = payments;
    this.cashOuts = cashOuts;
  }

  @GetMapping("/aid/programmes/{id}/money")
  String page(@PathVariable long id, @RequestParam(required = false) String member, Model model) {
    return page.show(id, member, model);
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
      return page.failed(id, null, model, "fee", e);
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
      return "redirect:" + form.page(id);
    } catch (FieldErrorsException e) {
      return page.failed(id, form.focus(), model, "move", e);
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
      return "redirect:" + form.page(id);
    } catch (FieldErrorsException e) {
      return page.failed(id, form.focus(), model, "cashOut", e);
    }
  }

  private static String keyOf(MoneyForm form) {
    return form.key() == null || form.key().isBlank() ? null : form.key();
  }
}
