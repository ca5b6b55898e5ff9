package org.tsunagu.watch.internal.alert;

import java.time.Instant;
import java.util.List;

/** Alerts as the JSON API gives them: a row of the board, and one alert with its timeline. */
final class AlertResponses {

  private AlertResponses() {}

  record AlertListItem(
      long id,
      Instant openedAt,
      String cause,
      boolean danger,
      String status,
      boolean chainExhausted,
      String waitingFor,
      Instant stepDueAt,
      boolean waitingForCaller,
      String personName,
      String outcome) {}

  record StepResponse(
      int position,
      String receiver,
      String receiverKind,
      String channel,
      int ackMinutes,
      boolean officeHoursOnly,
      Instant notifiedAt,
      Instant dueAt,
      String outcome) {}

  record EventResponse(Instant at, String kind, Integer step, String by, String detail) {}

  record MessageResponse(
      Integer step,
      String receiver,
      String channel,
      String status,
      Instant sentAt,
      Instant openedAt,
      Instant acknowledgedAt) {}

  record AlertResponse(
      long id,
      String cause,
      boolean danger,
      String status,
      Instant openedAt,
      List<String> signs,
      String reportNote,
      Instant observedAt,
      Long minutesLate,
      Instant missedAt,
      String personName,
      String address,
      String phone,
      String keyHolder,
      String acknowledgedBy,
      Instant acknowledgedAt,
      String outcome,
      String outcomeNote,
      Instant closedAt,
      List<StepResponse> steps,
      List<EventResponse> timeline,
      List<MessageResponse> messages) {}

  static AlertListItem item(AlertBoard.BoardRow r) {
    return new AlertListItem(
        r.id(),
        r.openedAt(),
        r.cause(),
        r.danger(),
        r.status(),
        r.exhausted(),
        r.receiverName(),
        r.stepDueAt(),
        r.waitingForViewer(),
        r.personName(),
        r.outcome());
  }

  static AlertResponse of(AlertView v) {
    var a = v.alert();
    var r = v.report();
    return new AlertResponse(
        a.id(),
        a.cause(),
        a.danger(),
        a.status(),
        a.openedAt(),
        r == null ? List.of() : r.signList(),
        r == null ? null : r.note(),
        r == null ? null : r.observedAt(),
        r == null ? null : r.lateMinutes(),
        a.missedAt(),
        v.person().name(),
        v.person().address(),
        v.person().phone(),
        v.target().keyHolder(),
        a.acknowledgedName(),
        a.acknowledgedAt(),
        a.outcome(),
        a.outcomeNote(),
        a.closedAt(),
        v.steps().stream()
            .map(
                s ->
                    new StepResponse(
                        s.position(),
                        s.receiverName(),
                        s.receiverKind(),
                        s.channel(),
                        s.ackMinutes(),
                        s.officeHoursOnly(),
                        s.notifiedAt(),
                        s.dueAt(),
                        s.outcome()))
            .toList(),
        v.events().stream()
            .map(e -> new EventResponse(e.at(), e.kind(), e.position(), e.actorName(), e.detail()))
            .toList(),
        v.messages().stream()
            .map(
                m ->
                    new MessageResponse(
                        m.position(),
                        m.receiverName(),
                        m.channel(),
                        m.status(),
                        m.sentAt(),
                        m.openedAt(),
                        m.acknowledgedAt()))
            .toList());
  }
}
