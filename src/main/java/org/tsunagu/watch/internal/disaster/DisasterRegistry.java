package org.tsunagu.watch.internal.disaster;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.ConsentRequest;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.watch.WatchPermissions;

/**
 * Keeps a municipality's 避難行動要支援者名簿 and 個別避難計画: an entry belongs to the organisation that keeps it
 * (the user's), and is written only after every field is checked; the person's consent to share it
 * is recorded in the registry in the same transaction.
 */
@Service
public class DisasterRegistry {

  private final JdbcClient jdbc;
  private final PeopleApi people;
  private final AuditLog audit;
  private final Clock clock;

  DisasterRegistry(JdbcClient jdbc, PeopleApi people, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.people = people;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public long register(CurrentUser user, RegistrantInput in) {
    user.require(WatchPermissions.DISASTER_REGISTRY_MANAGE);
    Problems p = new Problems();
    if (in.personId() == null || !people.visibleTo(in.personId(), user.organizationId(), null)) {
      p.add("personId", "watch.target.validation.person");
    } else if (listed(in.personId(), user.organizationId())) {
      p.add("personId", "watch.disaster.validation.already");
    }
    required(p, "reason", in.reason(), 500);
    max(p, "association", in.association(), 100);
    max(p, "emergencyContact", in.emergencyContact(), 100);
    max(p, "emergencyPhone", in.emergencyPhone(), 30);
    max(p, "supporterName", in.supporterName(), 100);
    max(p, "supporterPhone", in.supporterPhone(), 30);
    max(p, "destination", in.destination(), 200);
    max(p, "route", in.route(), 500);
    max(p, "specialNeeds", in.specialNeeds(), 1000);
    p.throwIfAny();
    Long consent = null;
    if (in.consent() != null) {
      ConsentRequest c = in.consent();
      consent =
          people.recordConsent(
              user,
              in.personId(),
              new ConsentRequest(
                  "DISASTER_REGISTRY",
                  c.scopeOrganizationId(),
                  c.scopeOrganizationType(),
                  c.givenBy(),
                  c.proxyName(),
                  c.proxyRelationship(),
                  c.method(),
                  c.givenOn(),
                  c.endsOn()));
    }
    long id =
        jdbc.sql(
                "INSERT INTO watch.disaster_registrant (person_id, municipality_id, reason,"
                    + " association, emergency_contact, emergency_phone, supporter_name,"
                    + " supporter_phone, destination, route, special_needs, consent_id, created_at,"
                    + " created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
            .params(
                in.personId(),
                user.organizationId(),
                in.reason().strip(),
                strip(in.association()),
                strip(in.emergencyContact()),
                strip(in.emergencyPhone()),
                strip(in.supporterName()),
                strip(in.supporterPhone()),
                strip(in.destination()),
                strip(in.route()),
                strip(in.specialNeeds()),
                consent,
                Timestamp.from(clock.instant()),
                user.id())
            .query(Long.class)
            .single();
    audit.record(AuditAction.CREATE, "disaster_registrant", id, null);
    return id;
  }

  private boolean listed(long personId, long municipality) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM watch.disaster_registrant WHERE person_id = ? AND"
                + " municipality_id = ? AND active)")
        .params(personId, municipality)
        .query(Boolean.class)
        .single();
  }

  private static void required(Problems p, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      p.add(field, "validation.required");
    }
    max(p, field, value, max);
  }

  private static void max(Problems p, String field, String value, int max) {
    if (value != null && value.length() > max) {
      p.add(field, "validation.tooLong", max);
    }
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
