package org.tsunagu.people.internal.person;

import org.tsunagu.platform.web.Problems;

/** One check of a person's input. */
interface PersonRule {
  void check(PersonInput in, Problems problems);
}
