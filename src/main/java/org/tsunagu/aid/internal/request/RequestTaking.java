package org.tsunagu.aid.internal.request;

import static org.tsunagu.aid.internal.AidChecks.date;
import static org.tsunagu.aid.internal.AidChecks.optionalRange;
import static org.tsunagu.aid.internal.AidChecks.range;
import static org.tsunagu.aid.internal.AidChecks.text;
import static org.tsunagu.aid.internal.AidChecks.time;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.aid.MemberType;
import org.tsunagu.aid.internal.credit.CreditUsers;
import org.tsunagu.aid.internal.member.Member;
import org.tsunagu.aid.internal.member.Members;
import org.tsunagu.aid.internal.programme.FeeRules;
import org.tsunagu.aid.internal.programme.MenuItem;
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;

/** Takes requests: on the phone by staff, or by a member for themselves. */
@Service
public class RequestTaking {

  public static final int MAX_WEEKS = 26;

  private final JdbcClient jdbc;
  private final Programmes programmes;
  private final Members members;
  private final HelpRequests requests;
  private final CreditUsers creditUsers;
  private final AuditLog audit;
  private final Clock clock;

  RequestTaking(
      JdbcClient jdbc,
      Programmes programmes,
      Members members,
      HelpRequests requests,
      CreditUsers creditUsers,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.programmes = programmes;
    this.members = members;
    this.requests = requests;
    this.creditUsers = creditUsers;
    this.audit = audit;
    this.clock = clock;
  }

  /** Staff take a request for a recipient; answers the ids of the visits made (one per week). */
  @Transactional
  public List<Long> take(CurrentUser user, long programmeId, RequestInput in) {
    Programme programme = programmes.managed(user, programmeId);
    Member recipient =
        in.recipientId() == null ? null : members.find(programmeId, in.recipientId()).orElse(null);
    return create(user, programme, recipient, in);
  }

  /** A member asks for themselves, in the programme they are a recipient of. */
  @Transactional
  public List<Long> ask(CurrentUser user, long programmeId, RequestInput in) {
    user.require(AidPermissions.AID_REQUEST);
    Member self =
        members.ofUser(user.id()).stream()
            .filter(m -> m.programmeId() == programmeId)
            .filter(m -> m.memberType() == MemberType.RECIPIENT)
            .findFirst()
            .orElseThrow(NotFoundException::new);
    Programme programme = programmes.find(programmeId).orElseThrow(NotFoundException::new);
    RequestInput own =
        new RequestInput(
            self.id(),
            in.service(),
            in.date(),
            in.starts(),
            in.minutes(),
            in.weeks(),
            in.place(),
            in.notes(),
            null,
            null);
    return create(user, programme, self, own);
  }

  private List<Long> create(
      CurrentUser user, Programme programme, Member recipient, RequestInput in) {
    Problems p = new Problems();
    if (recipient == null
        || recipient.memberType() != MemberType.RECIPIENT
        || !recipient.active()) {
      p.add("recipientId", "aid.validation.recipient");
    }
    MenuItem item =
        programme.menu().stream()
            .filter(m -> m.active() && m.code().equals(in.service()))
            .findFirst()
            .orElse(null);
    if (item == null) {
      p.add("service", in.service() == null ? "validation.required" : "aid.validation.menuItem");
    }
    LocalDate day = date(p, "date", in.date(), true);
    LocalTime starts = time(p, "starts", in.starts());
    FeeRules fees = programme.fees();
    int maxMinutes = fees.maxMinutesPerDay() == null ? 1440 : fees.maxMinutesPerDay();
    Integer minutes = range(p, "minutes", in.minutes(), 1, maxMinutes);
    int weeks = orOne(optionalRange(p, "weeks", in.weeks(), 1, MAX_WEEKS));
    String place = text(p, "place", in.place(), 200, false);
    String notes = text(p, "notes", in.notes(), 2000, false);
    LocalDate today = LocalDate.now(clock);
    if (day != null && (day.isBefore(today) || day.isAfter(today.plusYears(1)))) {
      p.add("date", "aid.validation.requestDate");
    }
    if (starts != null && minutes != null && starts.plusMinutes(minutes).isBefore(starts)) {
      p.add("minutes", "aid.validation.pastMidnight");
    }
    Long holder = creditHolder(p, programme, recipient, in);
    p.throwIfAny();
    Long series = null;
    if (weeks > 1) {
      series =
          jdbc.sql(
                  "INSERT INTO aid.request_series (programme_id, recipient_id, ends_on, created_at)"
                      + " VALUES (?, ?, ?, ?) RETURNING id")
              .params(
                  programme.id(),
                  recipient.id(),
                  day.plusWeeks(weeks - 1),
                  Timestamp.from(clock.instant()))
              .query(Long.class)
              .single();
    }
    List<Long> ids = new ArrayList<>();
    for (int w = 0; w < weeks; w++) {
      LocalDateTime at = LocalDateTime.of(day.plusWeeks(w), starts);
      ids.add(
          jdbc.sql(
                  "INSERT INTO aid.help_request (programme_id, recipient_id, menu_item_id,"
                      + " series_id, starts_at, minutes, area_id, place, notes, credit_holder_id,"
                      + " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      + " RETURNING id")
              .params(
                  programme.id(),
                  recipient.id(),
                  item.id(),
                  series,
                  Timestamp.from(at.atZone(clock.getZone()).toInstant()),
                  minutes,
                  recipient.areaId(),
                  place,
                  notes,
                  holder,
                  Timestamp.from(clock.instant()),
                  user.id())
              .query(Long.class)
              .single());
    }
    audit.record(AuditAction.CREATE, "aid_request", ids.get(0), "visits=" + ids.size());
    return ids;
  }

  /**
   * The holder whose minutes pay for the visits: the recipient themselves, or a member who recorded
   * the recipient as one who may use theirs, in a relation the programme allows. A relation sent
   * with the request must be the recorded one.
   */
  private Long creditHolder(Problems p, Programme programme, Member recipient, RequestInput in) {
    if (in.creditHolderId() == null) {
      return null;
    }
    if (!programme.credits().allowed()) {
      p.add("creditHolderId", "aid.validation.noCredits");
      return null;
    }
    Member holder = members.find(programme.id(), in.creditHolderId()).orElse(null);
    if (holder == null || !holder.active()) {
      p.add("creditHolderId", "aid.validation.creditHolder");
      return null;
    }
    if (recipient == null) {
      return holder.id();
    }
    String relation = creditUsers.relation(holder, recipient).orElse(null);
    if (relation == null) {
      p.add("creditHolderId", "aid.validation.creditNotNamed");
    } else if (!programme.credits().users().contains(relation)) {
      p.add("creditRelation", "aid.validation.creditRelation");
    } else if (in.creditRelation() != null && !in.creditRelation().equals(relation)) {
      p.add("creditRelation", "aid.validation.creditRelationRecorded");
    }
    return holder.id();
  }

  private static int orOne(Integer weeks) {
    return weeks == null ? 1 : weeks;
  }
}
