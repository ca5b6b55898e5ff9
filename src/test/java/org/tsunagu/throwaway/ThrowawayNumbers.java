package org.tsunagu.throwaway;

import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.numbers.NumbersContributor;
import org.tsunagu.platform.numbers.NumbersPage;

/** Its numbers page, listed by the numbers index for the holders of its permission. */
@Component
@Profile("throwaway")
class ThrowawayNumbers implements NumbersContributor {

  @Override
  public List<NumbersPage> numbersPages() {
    return List.of(
        new NumbersPage(
            "/throwaway/numbers",
            "throwaway.numbers.title",
            "throwaway.numbers.description",
            200,
            u -> u.may(ThrowawayPermissions.THROWAWAY_USE)));
  }
}
