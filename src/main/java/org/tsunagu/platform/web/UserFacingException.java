package org.tsunagu.platform.web;

/**
 * A refusal the user can act on: carries a message key (translated for them) and an HTTP status.
 * Its arguments must not contain personal data.
 */
public class UserFacingException extends RuntimeException {

  private final String messageKey;
  private final int status;
  private final transient Object[] args;

  public UserFacingException(String messageKey, int status, Object... args) {
    super(messageKey);
    this.messageKey = messageKey;
    this.status = status;
    this.args = args;
  }

  public String messageKey() {
    return messageKey;
  }

  public int status() {
    return status;
  }

  public Object[] args() {
    return args;
  }
}
