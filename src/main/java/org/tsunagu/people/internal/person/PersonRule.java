package org.tsunagu.people.internal.person;

/** One check of a person's input. */
interface PersonRule {
  void check(PersonInput in, Problems problems);
}
