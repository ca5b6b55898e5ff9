package org.tsunagu.consultation.internal.numbers;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.numbers.NumbersContributor;
import org.tsunagu.platform.numbers.NumbersPage;
import org.tsunagu.platform.security.PlatformPermissions;

/** The consultation and referral numbers, as the numbers index lists them. */
@Component
class ConsultationNumbersPage implements NumbersContributor {

  @Override
  public List<NumbersPage> numbersPages() {
    return List.of(
        new NumbersPage(
            "/consultation/numbers",
            "numbers.title",
            "numbers.index.consultation",
            100,
            u -> u.may(PlatformPermissions.NUMBERS_READ)));
  }
}
