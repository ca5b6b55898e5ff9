package org.tsunagu.watch.internal.campaign;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.platform.web.UserFacingException;
import org.tsunagu.watch.WatchPermissions;
import org.tsunagu.watch.internal.WatchPersons;
import org.tsunagu.watch.internal.disaster.Registrants;

/**
 * 安否確認: a campaign makes a check of every watched person and every person on the disaster support
 * registry living in the area — each assigned to one of their watchers (a 民生委員 first) — in one
 * transaction of set-based statements. Without a declared disaster it takes only the people the
 * starting organisation may see; for a declared disaster it takes everyone, and the starting
 * organisation and the watchers' organisations that could not see a person get a DISASTER access
 * basis for them, recorded in the registry and ended when the campaign closes.
 */
@Service
public class Campaigns {

  private final JdbcClient jdbc;
  private final PeopleApi people;
  private final CampaignBases bases;
  private final AuditLog audit;
  private final Clock clock;

  Campaigns(JdbcClient jdbc, PeopleApi people, CampaignBases bases, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.people = people;
    this.bases = bases;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public long start(CurrentUser user, CampaignInput in) {
    user.require(WatchPermissions.SAFETY_CHECK_RUN);
    Problems p = new Problems();
    if (in.name() == null || in.name().isBlank()) {
      p.add("name", "validation.required");
    } else if (in.name().length() > 100) {
      p.add("name", "validation.tooLong", 100);
    }
    if (in.areaId() == null || people.areaPath(in.areaId()).isEmpty()) {
      p.add("areaId", "validation.area.unknown");
    }
    if (in.declaredDisaster() == null) {
      p.add("declaredDisaster", "validation.required");
    }
    p.throwIfAny();
    Instant now = clock.instant();
    long id =
        jdbc.sql(
                "INSERT INTO watch.campaign (name, area_id, organization_id, declared_disaster,"
                    + " started_by, started_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
            .params(
                in.name().strip(),
                in.areaId(),
                user.organizationId(),
                in.declaredDisaster(),
                user.id(),
                Timestamp.from(now))
            .query(Long.class)
            .single();
    List<Long> areas = people.areaWithDescendants(in.areaId());
    String seen = in.declaredDisaster() ? "true" : WatchPersons.visibleSql("t.person_id");
    jdbc.sql(
            "INSERT INTO watch.safety_check (campaign_id, person_id, target_id, area_id,"
                + " assigned_to) SELECT DISTINCT ON (t.person_id) :campaign, t.person_id, t.id,"
                + " pa.area_id, (SELECT w.user_id FROM watch.watcher w WHERE w.target_id = t.id"
                + " ORDER BY w.kind = 'MINSEI' DESC, w.user_id LIMIT 1) FROM watch.target t JOIN"
                + " people.person_address pa ON pa.id = t.person_id WHERE t.active AND pa.area_id IN"
                + " (:areas) AND "
                + seen
                + " ORDER BY t.person_id, t.id")
        .param("campaign", id)
        .param("areas", areas)
        .param("viewerOrg", user.organizationId())
        .update();
    String shared = in.declaredDisaster() ? "true" : Registrants.SHARED;
    jdbc.sql(
            "INSERT INTO watch.safety_check (campaign_id, person_id, registrant_id, area_id)"
                + " SELECT DISTINCT ON (r.person_id) :campaign, r.person_id, r.id, pa.area_id FROM"
                + " watch.disaster_registrant r JOIN people.person_address pa ON pa.id ="
                + " r.person_id WHERE r.active AND pa.area_id IN (:areas) AND "
                + shared
                + " ORDER BY r.person_id, r.id ON CONFLICT (campaign_id, person_id) DO UPDATE SET"
                + " registrant_id = EXCLUDED.registrant_id")
        .param("campaign", id)
        .param("areas", areas)
        .param("viewerOrg", user.organizationId())
        .update();
    if (in.declaredDisaster()) {
      bases.open(id, user.id(), in.name().strip());
    }
    audit.record(
        AuditAction.CREATE, "watch_campaign", id, in.declaredDisaster() ? "declared" : null);
    return id;
  }

  @Transactional
  public void close(CurrentUser user, long id) {
    user.require(WatchPermissions.SAFETY_CHECK_RUN);
    Instant now = clock.instant();
    int closed =
        jdbc.sql(
                "UPDATE watch.campaign SET closed_by = ?, closed_at = ? WHERE id = ? AND"
                    + " organization_id = ? AND closed_at IS NULL")
            .params(user.id(), Timestamp.from(now), id, user.organizationId())
            .update();
    if (closed == 0) {
      if (jdbc.sql("SELECT count(*) FROM watch.campaign WHERE id = ? AND organization_id = ?")
              .params(id, user.organizationId())
              .query(Long.class)
              .single()
          == 0) {
        throw new NotFoundException();
      }
      throw new UserFacingException("watch.campaign.error.closed", 409);
    }
    bases.end(id, user.id());
    audit.record(AuditAction.UPDATE, "watch_campaign", id, "closed");
  }
}
