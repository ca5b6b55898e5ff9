package org.tsunagu.consultation.internal.numbers;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.DisplayFormats;

/**
 * Computes 相談・つなぎの実績 for a period within the user's scope. Every figure is aggregated by
 * PostgreSQL; only the aggregates reach Java.
 */
@Service
public class ConsultationNumbersService {

  private final IntakeCounts intakes;
  private final CaseCounts cases;
  private final ReferralCounts referrals;
  private final TimeCounts times;

  ConsultationNumbersService(
      IntakeCounts intakes, CaseCounts cases, ReferralCounts referrals, TimeCounts times) {
    this.intakes = intakes;
    this.cases = cases;
    this.referrals = referrals;
    this.times = times;
  }

  /** The numbers the user may read; 403 without NUMBERS_READ. One snapshot for every figure. */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public ConsultationNumbers compute(CurrentUser user, ReportPeriod period) {
    NumbersScope scope = NumbersScope.of(user);
    QueryContext q = new QueryContext(period, scope, today());
    return new ConsultationNumbers(
        period.from(),
        period.to(),
        scope.kind(),
        scope.organizationId(),
        intakes.count(q),
        cases.count(q),
        referrals.count(q),
        times.count(q));
  }

  /** Refuses users without NUMBERS_READ before anything else is read or parsed. */
  public void requireReader(CurrentUser user) {
    NumbersScope.of(user);
  }

  public static LocalDate today() {
    return LocalDate.now(DisplayFormats.TOKYO);
  }
}
