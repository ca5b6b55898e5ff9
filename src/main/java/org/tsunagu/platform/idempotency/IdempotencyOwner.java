package org.tsunagu.platform.idempotency;

import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;

/**
 * Whose idempotency key it is: the API token of a bearer request (each device its own), else the
 * signed-in user. Keys of different owners never meet.
 */
public record IdempotencyOwner(Kind kind, long id) {

  public enum Kind {
    USER,
    API_TOKEN
  }

  /** The owner of the current request for this user: its API token if it came with one. */
  public static IdempotencyOwner of(CurrentUser user) {
    return CurrentUsers.apiTokenId()
        .map(token -> new IdempotencyOwner(Kind.API_TOKEN, token))
        .orElseGet(() -> new IdempotencyOwner(Kind.USER, user.id()));
  }
}
