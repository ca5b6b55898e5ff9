package org.tsunagu.throwaway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tsunagu.platform.worklist.HomeAction;

/** The throw-away module's home action, for the organisations a test enrols. */
@Configuration(proxyBeanMethods = false)
class ThrowawayHomeAction {

  @Bean
  HomeAction throwawayChore() {
    return HomeAction.of(
        "throwaway.home.action", null, "/throwaway/chores", 1, ThrowawayWorkItems::enrolled);
  }
}
