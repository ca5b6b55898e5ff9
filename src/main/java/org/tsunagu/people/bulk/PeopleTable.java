package org.tsunagu.people.bulk;

import org.tsunagu.platform.demo.TableSequence;

/** The people tables whose ids a bulk load reserves in advance. */
public enum PeopleTable implements TableSequence {
  AREA("people.area"),
  ORGANIZATION("people.organization"),
  HOUSEHOLD("people.household"),
  PERSON("people.person"),
  CONSENT("people.consent"),
  RELATIONSHIP("people.relationship"),
  ACCESS_BASIS("people.access_basis");

  private final String qualifiedName;

  PeopleTable(String qualifiedName) {
    this.qualifiedName = qualifiedName;
  }

  @Override
  public String qualifiedName() {
    return qualifiedName;
  }
}
