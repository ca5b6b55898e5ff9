package org.tsunagu.consultation.internal.numbers;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;
import org.tsunagu.platform.web.Htmx;

/**
 * The numbers page: a period form, the tables, the export links. A period that cannot be read shows
 * the form with its errors (and what was typed), like every other form.
 */
@Controller
class NumbersPageController {

  private final ConsultationNumbersService service;
  private final ConsultationCharts charts;

  NumbersPageController(ConsultationNumbersService service, ConsultationCharts charts) {
    this.service = service;
    this.charts = charts;
  }

  @GetMapping("/consultation/numbers")
  String page(
      @ModelAttribute("form") PeriodForm form,
      HttpServletRequest request,
      Locale locale,
      Model model) {
    CurrentUser user = CurrentUsers.require();
    service.requireReader(user);
    try {
      ReportPeriod period =
          ReportPeriod.parse(form.fromText(), form.toText(), ConsultationNumbersService.today());
      form.show(period);
      model.addAttribute("report", service.compute(user, period));
      model.addAttribute("charts", charts.charts(user, period, locale));
      model.addAttribute("errors", FormErrors.none());
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
    }
    return Htmx.view(request, "consultation/numbers/page", "numbers");
  }
}
