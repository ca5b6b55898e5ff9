package org.tsunagu.aid.internal.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.tsunagu.aid.internal.AidForms;
import org.tsunagu.aid.internal.programme.ProgrammeInput.MenuItemInput;
import org.tsunagu.aid.internal.programme.ProgrammeInput.RateInput;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FieldErrorsException.FieldProblem;
import org.tsunagu.platform.web.FormErrors;

/**
 * A programme's rules as typed on the rules form. The rates are one row per {@link Band}, in the
 * enum's order; the menu is rows of code, name and a driving checkbox whose value is the row's
 * number. A menu row left entirely empty is left out, so {@link #errors} moves ProgrammeCheck's
 * {@code menu[i]} back onto the row it came from.
 */
record ProgrammeForm(
    String name,
    String annualFeeYen,
    String feeYearStartMonth,
    String minimumMinutes,
    String stepMinutes,
    String maxMinutesPerDay,
    String weekdayFrom,
    String weekdayUntil,
    String yearEndFrom,
    String yearEndUntil,
    String cancelFreeDaysBefore,
    String cancelSameDayMinutes,
    String cancelNoNoticeFull,
    String payoutPerVisitYen,
    String timeCredits,
    List<String> creditUsers,
    String creditTransferable,
    String creditCashOut,
    String creditOnLeaving,
    String creditOnDeath,
    String creditOverdraftMinutes,
    List<String> recipientYen,
    List<String> supporterYen,
    List<String> menuCode,
    List<String> menuName,
    List<String> menuDriving) {

  /** The {@code i}th value typed in a column of the form (none where fewer were sent). */
  public String at(List<String> column, int i) {
    return column != null && i < column.size() ? column.get(i) : null;
  }

  /** The menu table's rows: as many as were typed (or were on the menu, with empty ones). */
  public List<Integer> menuRows() {
    return IntStream.range(0, Math.max(size(menuCode), size(menuName))).boxed().toList();
  }

  public boolean drives(int row) {
    return menuDriving != null && menuDriving.contains(String.valueOf(row));
  }

  public boolean usedBy(String who) {
    return creditUsers != null && creditUsers.contains(who);
  }

  ProgrammeInput input() {
    List<RateInput> rates = new ArrayList<>();
    Band[] bands = Band.values();
    for (int i = 0; i < bands.length; i++) {
      rates.add(
          new RateInput(
              bands[i].name(),
              AidForms.integer(at(recipientYen, i)),
              AidForms.integer(at(supporterYen, i))));
    }
    List<MenuItemInput> menu = new ArrayList<>();
    for (int row : filledMenuRows()) {
      menu.add(new MenuItemInput(at(menuCode, row), at(menuName, row), drives(row)));
    }
    return new ProgrammeInput(
        name,
        AidForms.integer(annualFeeYen),
        AidForms.integer(feeYearStartMonth),
        AidForms.integer(minimumMinutes),
        AidForms.integer(stepMinutes),
        AidForms.integer(maxMinutesPerDay),
        weekdayFrom,
        weekdayUntil,
        yearEndFrom,
        yearEndUntil,
        AidForms.integer(cancelFreeDaysBefore),
        AidForms.integer(cancelSameDayMinutes),
        "true".equals(cancelNoNoticeFull),
        AidForms.integer(payoutPerVisitYen),
        timeCredits,
        creditUsers == null ? List.of() : creditUsers,
        "true".equals(creditTransferable),
        "true".equals(creditCashOut),
        creditOnLeaving,
        creditOnDeath,
        AidForms.integer(creditOverdraftMinutes),
        rates,
        menu);
  }

  /** The check's problems with each {@code menu[i]} renamed to the form row it came from. */
  FormErrors errors(FieldErrorsException e) {
    List<Integer> rows = filledMenuRows();
    List<FieldProblem> onForm = new ArrayList<>();
    for (FieldProblem p : e.problems()) {
      String field = p.field();
      if (field.startsWith("menu[")) {
        int close = field.indexOf(']');
        int sent = Integer.parseInt(field.substring("menu[".length(), close));
        field = "menu[" + rows.get(sent) + field.substring(close);
      }
      onForm.add(new FieldProblem(field, p.messageKey(), p.args()));
    }
    return new FormErrors(onForm);
  }

  private List<Integer> filledMenuRows() {
    return menuRows().stream()
        .filter(i -> !blank(at(menuCode, i)) || !blank(at(menuName, i)) || drives(i))
        .toList();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static int size(List<String> column) {
    return column == null ? 0 : column.size();
  }
}
