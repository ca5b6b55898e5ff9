package org.tsunagu.platform.web;

/** The record does not exist, or the user may not know that it exists. */
public class NotFoundException extends UserFacingException {
  public NotFoundException() {
    super("error.notFound", 404);
  }
}
