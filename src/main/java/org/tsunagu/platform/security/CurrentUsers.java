package org.tsunagu.platform.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request. */
public final class CurrentUsers {

  private CurrentUsers() {}

  public static Optional<CurrentUser> current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
      return Optional.of(user);
    }
    return Optional.empty();
  }

  /** The id of the API token the current request came with, if it came with one. */
  public static Optional<Long> apiTokenId() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getDetails() instanceof ApiTokens.TokenDetails details) {
      return Optional.of(details.tokenId());
    }
    return Optional.empty();
  }

  public static CurrentUser require() {
    return current()
        .orElseThrow(
            () -> new org.springframework.security.access.AccessDeniedException("no user"));
  }
}
