package org.tsunagu.aid.internal.demo.city;

import org.tsunagu.platform.demo.TableSequence;

/** The mutual-aid tables whose ids the city-scale set reserves. */
enum AidTable implements TableSequence {
  PROGRAMME("aid.programme"),
  MEMBER("aid.member"),
  HELP_REQUEST("aid.help_request"),
  ASSIGNMENT("aid.assignment"),
  ACTIVITY_REPORT("aid.activity_report"),
  ACCOUNT("aid.account"),
  JOURNAL("aid.journal"),
  ENTRY("aid.entry");

  private final String qualifiedName;

  AidTable(String qualifiedName) {
    this.qualifiedName = qualifiedName;
  }

  @Override
  public String qualifiedName() {
    return qualifiedName;
  }
}
