package org.tsunagu.platform.security;

import org.tsunagu.platform.web.UserFacingException;

public class DuplicateUsernameException extends UserFacingException {
  public DuplicateUsernameException(String username) {
    super("error.user.duplicate", 409, username);
  }
}
