package org.tsunagu.aid.internal.numbers;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.platform.numbers.NumbersContributor;
import org.tsunagu.platform.numbers.NumbersPage;

/** Mutual aid's numbers page in the numbers index, for those who run a programme. */
@Component
class AidNumbersPages implements NumbersContributor {

  @Override
  public List<NumbersPage> numbersPages() {
    return List.of(
        new NumbersPage(
            "/aid/numbers",
            "aid.numbers.title",
            "aid.numbers.description",
            300,
            u -> u.may(AidPermissions.AID_MANAGE)));
  }
}
