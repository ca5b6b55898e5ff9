package org.tsunagu.consultation.internal.conference;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A conference as the API shows it. Minutes and decisions only once the caller's organisation is
 * bound by the duty of confidentiality ({@code recordShown}); a case's title only to those who may
 * open the case.
 */
record ConferenceResponse(
    long id,
    Conferences.Kind kind,
    String title,
    LocalDate heldOn,
    String place,
    long convenedByOrg,
    String convenerName,
    String minutes,
    ConferenceStatus status,
    int version,
    List<ConferenceParticipant> participants,
    List<ConferenceCase> cases,
    List<ConferenceDecision> decisions,
    boolean convener,
    boolean recordShown) {

  enum ConferenceStatus {
    PLANNED,
    HELD
  }

  /** A participant; its {@code id} is what acknowledging confidentiality names. */
  record ConferenceParticipant(
      long id,
      long organizationId,
      String organizationName,
      String name,
      OffsetDateTime acknowledgedAt) {}

  record ConferenceCase(long id, String reference, String title, boolean mayOpen) {}

  record ConferenceDecision(long caseId, String caseReference, String text, Long planActionId) {}

  static ConferenceResponse of(Conferences.View v) {
    return new ConferenceResponse(
        v.id(),
        v.kind(),
        v.title(),
        v.heldOn(),
        v.place(),
        v.convenedByOrg(),
        v.convenerName(),
        v.minutes(),
        ConferenceStatus.valueOf(v.status()),
        v.version(),
        v.participants().stream()
            .map(
                p ->
                    new ConferenceParticipant(
                        p.id(),
                        p.organizationId(),
                        p.organizationName(),
                        p.name(),
                        p.acknowledgedAt()))
            .toList(),
        v.cases().stream()
            .map(c -> new ConferenceCase(c.id(), c.reference(), c.title(), c.mayOpen()))
            .toList(),
        v.decisions().stream()
            .map(
                d ->
                    new ConferenceDecision(
                        d.caseId(), d.caseReference(), d.text(), d.planActionId()))
            .toList(),
        v.convener(),
        v.recordShown());
  }
}
