package org.tsunagu.consultation.internal.conference;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.internal.casework.CaseAccess;
import org.tsunagu.consultation.internal.casework.CaseTimeline;
import org.tsunagu.consultation.internal.casework.Cases;
import org.tsunagu.consultation.internal.casework.EntryKind;
import org.tsunagu.consultation.internal.casework.SupportCase;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.Problems;

/** Convenes a case conference: its cases, its participants, and a timeline entry in each case. */
@Service
public class ConferenceConvening {

  public record Participant(long organizationId, String name) {}

  public record NewConference(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Conferences.Kind kind,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate heldOn,
      String place,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Long> caseIds,
      List<Participant> participants) {}

  private final JdbcClient jdbc;
  private final CaseAccess caseAccess;
  private final Cases cases;
  private final CaseTimeline timeline;
  private final PeopleApi people;
  private final AuditLog audit;
  private final Clock clock;

  ConferenceConvening(
      JdbcClient jdbc,
      CaseAccess caseAccess,
      Cases cases,
      CaseTimeline timeline,
      PeopleApi people,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.caseAccess = caseAccess;
    this.cases = cases;
    this.timeline = timeline;
    this.people = people;
    this.audit = audit;
    this.clock = clock;
  }

  /** Convenes a conference about cases the convener may open; the convener takes part. */
  @Transactional
  public long convene(CurrentUser user, NewConference in) {
    Conferences.requireManage(user);
    Problems p = new Problems();
    if (in.kind() == null) {
      p.add("kind", "validation.required");
    }
    if (in.title() == null || in.title().isBlank()) {
      p.add("title", "validation.required");
    } else if (in.title().length() > 200) {
      p.add("title", "validation.tooLong", 200);
    }
    if (in.heldOn() == null) {
      p.add("heldOn", "validation.required");
    }
    Set<Long> caseIds = in.caseIds() == null ? Set.of() : new LinkedHashSet<>(in.caseIds());
    if (caseIds.isEmpty()) {
      p.add("caseIds", "conference.validation.cases");
    }
    List<SupportCase> discussed = new ArrayList<>();
    for (Long id : caseIds) {
      SupportCase c = id == null ? null : cases.find(id).orElse(null);
      if (c == null || !caseAccess.mayOpen(user, c)) {
        p.add("caseIds", "conference.validation.cases");
      } else {
        discussed.add(c);
      }
    }
    List<Participant> participants = in.participants() == null ? List.of() : in.participants();
    for (Participant pa : participants) {
      if (pa == null || pa.name() == null || pa.name().isBlank() || pa.name().length() > 100) {
        p.add("participants", "conference.validation.participant");
      } else if (people.organization(pa.organizationId()).isEmpty()) {
        p.add("participants", "conference.validation.participant");
      }
    }
    p.throwIfAny();
    long id =
        jdbc.sql(
                "INSERT INTO consultation.case_conference (kind, title, held_on, place,"
                    + " convened_by_org, convened_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    + " RETURNING id")
            .params(
                in.kind().name(),
                in.title().strip(),
                in.heldOn(),
                in.place() == null || in.place().isBlank() ? null : in.place().strip(),
                user.organizationId(),
                user.id(),
                Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    for (SupportCase c : discussed) {
      jdbc.sql("INSERT INTO consultation.conference_case (conference_id, case_id) VALUES (?, ?)")
          .params(id, c.id())
          .update();
      timeline.addSystemEntry(
          c.id(),
          EntryKind.CONFERENCE,
          "conference",
          in.title().strip(),
          user.id(),
          user.organizationId());
    }
    addParticipant(id, user.organizationId(), user.displayName());
    for (Participant pa : participants) {
      addParticipant(id, pa.organizationId(), pa.name().strip());
    }
    audit.record(AuditAction.CREATE, "case_conference", id, "cases=" + caseIds.size());
    return id;
  }

  private void addParticipant(long conferenceId, long orgId, String name) {
    jdbc.sql(
            "INSERT INTO consultation.conference_participant (conference_id, organization_id,"
                + " name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
        .params(conferenceId, orgId, name)
        .update();
  }
}
