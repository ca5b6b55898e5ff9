package org.tsunagu.platform.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins and locks the account after {@link Users#MAX_FAILED_ATTEMPTS}. */
@Component
class LoginAttempts {

  private final Users users;

  LoginAttempts(Users users) {
    this.users = users;
  }

  @EventListener
  void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    users.recordFailedLogin(String.valueOf(event.getAuthentication().getPrincipal()));
  }

  @EventListener
  void onSuccess(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
      users.recordSuccessfulLogin(user.id());
    }
  }
}
