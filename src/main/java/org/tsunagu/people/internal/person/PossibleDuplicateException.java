package org.tsunagu.people.internal.person;

import java.util.List;
import org.tsunagu.platform.web.UserFacingException;

/** The person may already be registered; the user must look, or confirm it is someone else. */
public class PossibleDuplicateException extends UserFacingException {

  private final transient List<DuplicateCheck.Match> matches;

  public PossibleDuplicateException(List<DuplicateCheck.Match> matches) {
    super("person.duplicate.possible", 409);
    this.matches = matches;
  }

  public List<DuplicateCheck.Match> matches() {
    return matches;
  }
}
