package org.tsunagu.aid.internal.matching;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.tsunagu.aid.internal.AreaPoints;
import org.tsunagu.aid.internal.programme.MenuItem;
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.aid.internal.request.HelpRequest;
import org.tsunagu.aid.internal.request.HelpRequests;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;

/** The ranked supporters for one request, each with its reasons in the user's words. */
@Service
public class Matching {

  public record Suggestion(long memberId, String name, int score, Double distanceKm, String why) {}

  public record Unsuitable(long memberId, String name, String reason) {}

  public record Suggestions(
      long requestId, List<Suggestion> ranked, List<Unsuitable> unavailable) {}

  private final Programmes programmes;
  private final HelpRequests requests;
  private final Candidates candidates;
  private final AreaPoints points;
  private final MessageSource messages;
  private final AuditLog audit;
  private final Clock clock;

  Matching(
      Programmes programmes,
      HelpRequests requests,
      Candidates candidates,
      AreaPoints points,
      MessageSource messages,
      AuditLog audit,
      Clock clock) {
    this.programmes = programmes;
    this.requests = requests;
    this.candidates = candidates;
    this.points = points;
    this.messages = messages;
    this.audit = audit;
    this.clock = clock;
  }

  public Suggestions suggest(CurrentUser user, long programmeId, long requestId) {
    Programme programme = programmes.managed(user, programmeId);
    HelpRequest r =
        requests
            .find(programmeId, requestId)
            .orElseThrow(org.tsunagu.platform.web.NotFoundException::new);
    Ranking.Result result = rank(programme, r, user.locale());
    audit.record(AuditAction.READ, "person", r.recipientPersonId(), "aid.request=" + r.id());
    audit.recordSearch(
        "aid_member",
        "aid.suggestions",
        java.util.stream.Stream.concat(
                result.ranked().stream().map(Ranking.Ranked::memberId),
                result.unavailable().stream().map(Ranking.Unavailable::memberId))
            .toList());
    var locale = user.locale();
    return new Suggestions(
        r.id(),
        result.ranked().stream()
            .map(
                x ->
                    new Suggestion(
                        x.memberId(),
                        x.name(),
                        x.score(),
                        x.distanceKm(),
                        String.join(
                            messages.getMessage("aid.why.separator", null, locale),
                            x.reasons().stream()
                                .map(w -> messages.getMessage(w.key(), w.args(), locale))
                                .toList())))
            .toList(),
        result.unavailable().stream()
            .map(
                u ->
                    new Unsuitable(
                        u.memberId(),
                        u.name(),
                        messages.getMessage(u.reason().key(), u.reason().args(), locale)))
            .toList());
  }

  Ranking.Result rank(Programme programme, HelpRequest r, java.util.Locale locale) {
    LocalDateTime start = LocalDateTime.ofInstant(r.startsAt(), clock.getZone());
    boolean driving = programme.item(r.menuItemId()).map(MenuItem::needsDriving).orElse(false);
    Double[] point = points.of(r.areaId());
    Ranking.Reason available =
        new Ranking.Reason(
            start.getHour() < 12 ? "aid.why.availableAm" : "aid.why.availablePm",
            start.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale));
    return Ranking.rank(
        candidates.of(r, clock.getZone(), point[0], point[1]),
        start.toLocalDate(),
        driving,
        r.minutes(),
        point[0],
        point[1],
        available);
  }
}
