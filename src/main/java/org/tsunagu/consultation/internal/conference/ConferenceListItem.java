package org.tsunagu.consultation.internal.conference;

import java.time.LocalDate;

/** A conference in the API's list. */
record ConferenceListItem(
    long id,
    Conferences.Kind kind,
    String title,
    LocalDate heldOn,
    ConferenceResponse.ConferenceStatus status) {

  static ConferenceListItem of(Conferences.ListRow r) {
    return new ConferenceListItem(
        r.id(),
        r.kind(),
        r.title(),
        r.heldOn(),
        ConferenceResponse.ConferenceStatus.valueOf(r.status()));
  }
}
