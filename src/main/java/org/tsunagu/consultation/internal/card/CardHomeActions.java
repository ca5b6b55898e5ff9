package org.tsunagu.consultation.internal.card;

import static org.tsunagu.consultation.ConsultationPermissions.CASE_WORK;
import static org.tsunagu.consultation.ConsultationPermissions.INTAKE_RECORD;

import java.util.function.Predicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.worklist.HomeAction;

/**
 * The つながりカード first on the home of those who pass on what they hear but work no cases: a salon
 * host, a 民生委員, co-op staff. Case workers take intakes from their own pages.
 */
@Configuration(proxyBeanMethods = false)
class CardHomeActions {

  private static final Predicate<CurrentUser> PASSES_ON =
      u -> u.may(INTAKE_RECORD) && !u.may(CASE_WORK);

  @Bean
  HomeAction fillInCard() {
    return HomeAction.of("home.action.card", "home.action.card.hint", "/card", 10, PASSES_ON);
  }

  @Bean
  HomeAction printBlankCard() {
    return HomeAction.of(
        "home.action.blankCard", "home.action.blankCard.hint", "/cards/blank.pdf", 20, PASSES_ON);
  }
}
