package org.tsunagu.consultation.internal.numbers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.web.ApiController;

@ApiController
@Tag(
    name = "Consultation numbers",
    description = "相談・つなぎの実績: counts and times of intakes, cases and referrals; aggregates only")
class NumbersApiController {

  private final ConsultationNumbersService service;

  NumbersApiController(ConsultationNumbersService service) {
    this.service = service;
  }

  @GetMapping("/api/v1/consultation/numbers")
  @Operation(
      summary =
          "Counts of intakes, cases and referrals by window, area, domain, organisation and"
              + " outcome, and times to first contact and to answer (hours), for a period of Tokyo"
              + " dates; whole deployment for municipal officers, evaluators and administrators,"
              + " the caller's organisation for coordinators; 400 for unreadable dates or from"
              + " after to")
  ConsultationNumbers numbers(
      @Parameter(description = "first date, YYYY-MM-DD; default April 1 of the fiscal year")
          @RequestParam(required = false)
          String from,
      @Parameter(description = "last date, YYYY-MM-DD; default today (Asia/Tokyo)")
          @RequestParam(required = false)
          String to) {
    CurrentUser user = CurrentUsers.require();
    service.requireReader(user);
    return service.compute(user, ReportPeriod.parse(from, to, ConsultationNumbersService.today()));
  }
}
