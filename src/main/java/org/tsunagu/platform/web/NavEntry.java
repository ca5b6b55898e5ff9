package org.tsunagu.platform.web;

import java.util.function.Predicate;
import org.tsunagu.platform.security.CurrentUser;

/**
 * A header link a module contributes: where it goes, the message key of its label, its place (lower
 * first; the platform's work list is 0 and settings 1000) and who sees it.
 */
public record NavEntry(String path, String messageKey, int order, Predicate<CurrentUser> shownTo) {

  /** A link shown to users whose role holds the permission. */
  public static NavEntry forPermission(
      String path, String messageKey, int order, String permission) {
    return new NavEntry(path, messageKey, order, u -> u.may(permission));
  }
}
