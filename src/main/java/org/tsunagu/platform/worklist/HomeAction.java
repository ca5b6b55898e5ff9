package org.tsunagu.platform.worklist;

import java.util.function.Predicate;
import org.tsunagu.platform.security.CurrentUser;

/**
 * A main action shown as a large button on the home page of the users it is for (a salon host's
 * つながりカード). Modules contribute them as Spring beans, usually with {@link #of}; the platform shows
 * those whose {@link #shownTo} holds, lowest {@link #order} first. Labels are in the words of the
 * people who tap them, not office words.
 */
public interface HomeAction {

  /** Message key of the button's label. */
  String messageKey();

  /** Message key of one line under the label saying what it is for, or null. */
  default String hintKey() {
    return null;
  }

  /** Where the button goes. */
  String path();

  /** An image under {@code static/} shown beside the label (decorative), or null. */
  default String icon() {
    return null;
  }

  int order();

  boolean shownTo(CurrentUser user);

  static HomeAction of(
      String messageKey, String hintKey, String path, int order, Predicate<CurrentUser> shownTo) {
    return new Simple(messageKey, hintKey, path, null, order, shownTo);
  }

  /** The usual home action: fixed label, hint, path, icon and order, and who it is for. */
  record Simple(
      String messageKey,
      String hintKey,
      String path,
      String icon,
      int order,
      Predicate<CurrentUser> shownToUsers)
      implements HomeAction {

    @Override
    public boolean shownTo(CurrentUser user) {
      return shownToUsers.test(user);
    }
  }
}
