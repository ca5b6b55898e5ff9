package org.tsunagu.watch.internal.demo.city;

import org.tsunagu.platform.demo.TableSequence;

/** The watch tables whose ids the city-scale set reserves. */
enum WatchTable implements TableSequence {
  TARGET("watch.target"),
  EXPECTED_CONTACT("watch.expected_contact");

  private final String qualifiedName;

  WatchTable(String qualifiedName) {
    this.qualifiedName = qualifiedName;
  }

  @Override
  public String qualifiedName() {
    return qualifiedName;
  }
}
