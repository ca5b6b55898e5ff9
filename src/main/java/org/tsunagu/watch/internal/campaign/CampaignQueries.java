package org.tsunagu.watch.internal.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.watch.internal.WatchPersons;

/** The live board of a campaign and a watcher's own checks. */
@Repository
public class CampaignQueries {

  public record Campaign(
      long id,
      String name,
      String areaName,
      boolean declaredDisaster,
      Instant startedAt,
      Instant closedAt,
      long organizationId) {}

  public record Count(
      String label, long total, long unknown, long safe, long needsHelp, long notReached) {}

  public record Check(
      long id,
      long campaignId,
      String campaignName,
      String personName,
      String address,
      String areaName,
      String phone,
      String watcherName,
      String status,
      String note,
      Instant checkedAt) {}

  private static final String COUNTS =
      " count(*) AS total, count(*) FILTER (WHERE s.status = 'UNKNOWN') AS unknown, count(*)"
          + " FILTER (WHERE s.status = 'SAFE') AS safe, count(*) FILTER (WHERE s.status ="
          + " 'NEEDS_HELP') AS needs_help, count(*) FILTER (WHERE s.status = 'NOT_REACHED') AS"
          + " not_reached ";

  private static final String CHECK =
      "SELECT s.id, s.campaign_id, c.name AS campaign_name, n.display_name AS person_name,"
          + " pa.address_line AS address, pa.area_name, pa.phone, u.display_name AS watcher_name,"
          + " s.status, s.note, s.checked_at FROM watch.safety_check s JOIN watch.campaign c ON"
          + " c.id = s.campaign_id JOIN people.person_display_name n ON n.id = s.person_id JOIN"
          + " people.person_address pa ON pa.id = s.person_id LEFT JOIN platform.user_directory u ON"
          + " u.id = s.assigned_to ";

  private final JdbcClient jdbc;

  CampaignQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Campaigns of the user's organisation, open ones first. */
  public List<Campaign> of(CurrentUser user) {
    return jdbc.sql(
            "SELECT c.id, c.name, d.area_name, c.declared_disaster, c.started_at,"
                + " c.closed_at, c.organization_id FROM watch.campaign c LEFT JOIN"
                + " people.area_district d ON d.area_id = c.area_id WHERE c.organization_id = ?"
                + " ORDER BY c.closed_at IS NOT NULL, c.started_at DESC LIMIT 100")
        .param(user.organizationId())
        .query(Campaign.class)
        .list();
  }

  public Optional<Campaign> find(CurrentUser user, long id) {
    return of(user).stream().filter(c -> c.id() == id).findFirst();
  }

  public Count total(long campaignId) {
    return jdbc.sql(
            "SELECT '' AS label," + COUNTS + "FROM watch.safety_check s WHERE s.campaign_id = ?")
        .param(campaignId)
        .query(Count.class)
        .single();
  }

  public List<Count> byArea(long campaignId) {
    return jdbc.sql(
            "SELECT coalesce(pa.area_name, '—') AS label,"
                + COUNTS
                + "FROM watch.safety_check s JOIN people.person_address pa ON pa.id = s.person_id"
                + " WHERE s.campaign_id = ? GROUP BY 1 ORDER BY unknown DESC, label")
        .param(campaignId)
        .query(Count.class)
        .list();
  }

  public List<Count> byWatcher(long campaignId) {
    return jdbc.sql(
            "SELECT coalesce(u.display_name, '') AS label,"
                + COUNTS
                + "FROM watch.safety_check s LEFT JOIN platform.user_directory u ON u.id ="
                + " s.assigned_to WHERE s.campaign_id = ? GROUP BY 1 ORDER BY unknown DESC, label")
        .param(campaignId)
        .query(Count.class)
        .list();
  }

  /** Those not yet known (and those needing help), for whoever runs the campaign. */
  public List<Check> open(CurrentUser viewer, long campaignId, int limit) {
    return jdbc.sql(
            CHECK
                + "WHERE s.campaign_id = :c AND s.status IN ('UNKNOWN', 'NEEDS_HELP', 'NOT_REACHED')"
                + " AND ("
                + WatchPersons.visibleSql("s.person_id")
                + ") ORDER BY s.status = 'UNKNOWN' DESC, pa.area_name, s.id LIMIT :limit")
        .param("c", campaignId)
        .param("viewerOrg", viewer.organizationId())
        .param("limit", limit)
        .query(Check.class)
        .list();
  }

  /** The checks assigned to the user in open campaigns. */
  public List<Check> mine(CurrentUser user) {
    return jdbc.sql(
            CHECK
                + "WHERE s.assigned_to = :user AND c.closed_at IS NULL AND "
                + WatchPersons.visibleSql("s.person_id")
                + " ORDER BY s.status <> 'UNKNOWN', pa.area_name, s.id LIMIT 300")
        .param("user", user.id())
        .param("viewerOrg", user.organizationId())
        .query(Check.class)
        .list();
  }
}
