package org.tsunagu.aid.internal.money;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tsunagu.aid.internal.AidForms;
import org.tsunagu.aid.internal.credit.CreditCashOuts;
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;

/**
 * The 会費・入出金 page (aid/money.html), opened on the programme or on one member; every form's
 * controller shows it again through {@link #failed} with the problems beside that form's fields.
 */
@Component
class MoneyPage {

  private final Programmes programmes;
  private final AnnualFees fees;
  private final MoneyOverview overview;
  private final MoneyFocus focus;
  private final Clock clock;

  MoneyPage(
      Programmes programmes,
      AnnualFees fees,
      MoneyOverview overview,
      MoneyFocus focus,
      Clock clock) {
    this.programmes = programmes;
    this.fees = fees;
    this.overview = overview;
    this.focus = focus;
    this.clock = clock;
  }

  String show(long id, String member, Model model) {
    CurrentUser user = CurrentUsers.require();
    Programme programme = programmes.managed(user, id);
    Long focused = AidForms.id(member);
    int year = fees.currentYear(programme);
    model.addAttribute("programme", programme);
    model.addAttribute("feeYear", fees.status(user, id, year));
    model.addAttribute("feeYears", new int[] {year, year - 1});
    List<MoneyOverview.Outstanding> outstanding = overview.outstanding(id);
    model.addAttribute("outstanding", outstanding);
    model.addAttribute(
        "choices",
        focused == null ? outstanding : focus.show(user, programme, focused, outstanding, model));
    model.addAttribute("shownAtMost", MoneyOverview.SHOWN);
    model.addAttribute("cashOutYenPerHour", CreditCashOuts.yen(programme, 60));
    if (!model.containsAttribute("form")) {
      model.addAttribute(
          "form",
          MoneyForm.blank(LocalDate.now(clock).toString(), UUID.randomUUID().toString(), focused));
    }
    FormErrors.addUnlessPresent(model);
    model.addAttribute("noErrors", FormErrors.none());
    return "aid/money";
  }

  /** The page again with the refused form's problems ({@code which} names the form). */
  String failed(long id, String member, Model model, String which, FieldErrorsException e) {
    model.addAttribute("errors", FormErrors.of(e));
    model.addAttribute("failed", which);
    return show(id, member, model);
  }
}
