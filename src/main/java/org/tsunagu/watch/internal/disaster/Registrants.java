package org.tsunagu.watch.internal.disaster;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.watch.WatchPermissions;

/**
 * Reads of the disaster support registry. An entry is shared with an organisation only as the law
 * has it: the municipality that keeps it; in normal times an organisation the person's consent to
 * share it names (purpose DISASTER_REGISTRY); during a safety-check campaign for a declared
 * disaster, the organisations taking part (the campaign's basis). A person visible for another
 * reason does not open their entry. Lists are audited as searches, an entry as a read.
 */
@Repository
public class Registrants {

  /** An entry with the statutory fields (災害対策基本法 第49条の10) and the evacuation plan. */
  public record Entry(
      long id,
      long personId,
      String name,
      LocalDate birthDate,
      String sex,
      String address,
      String phone,
      String reason,
      String association,
      String emergencyContact,
      String emergencyPhone,
      String supporterName,
      String supporterPhone,
      String destination,
      String route,
      String specialNeeds,
      boolean consented) {}

  /** Whether the viewer's organisation may open the entry in {@code r}. */
  public static final String SHARED =
      " (r.municipality_id = :viewerOrg OR coalesce((SELECT true FROM people.visibility v WHERE"
          + " v.person_id = r.person_id AND v.organization_id = :viewerOrg AND v.purpose ="
          + " 'DISASTER_REGISTRY' LIMIT 1), false) OR EXISTS (SELECT 1 FROM watch.campaign_basis cb JOIN"
          + " watch.campaign c ON c.id = cb.campaign_id AND c.closed_at IS NULL WHERE cb.person_id"
          + " = r.person_id AND cb.organization_id = :viewerOrg)) ";

  private static final String SELECT =
      "SELECT r.id, r.person_id, n.display_name AS name, s.birth_date, s.sex, pa.address_line AS"
          + " address, pa.phone, r.reason, r.association, r.emergency_contact, r.emergency_phone,"
          + " r.supporter_name, r.supporter_phone, r.destination, r.route, r.special_needs,"
          + " r.consent_id IS NOT NULL AS consented FROM watch.disaster_registrant r JOIN"
          + " people.person_display_name n ON n.id = r.person_id JOIN people.person_address pa ON"
          + " pa.id = r.person_id JOIN people.person_statutory s ON s.id = r.person_id WHERE"
          + " r.active AND";

  private final JdbcClient jdbc;
  private final AuditLog audit;

  Registrants(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  public List<Entry> shared(CurrentUser user, int limit, int offset) {
    require(user);
    List<Entry> entries =
        jdbc.sql(SELECT + SHARED + "ORDER BY r.id LIMIT :limit OFFSET :offset")
            .param("viewerOrg", user.organizationId())
            .param("limit", limit)
            .param("offset", offset)
            .query(Entry.class)
            .list();
    audit.recordSearch("disaster_registrant", "registry", entries.stream().map(Entry::id).toList());
    return entries;
  }

  public Entry open(CurrentUser user, long id) {
    require(user);
    Optional<Entry> entry =
        jdbc.sql(SELECT + " r.id = :id AND" + SHARED)
            .param("id", id)
            .param("viewerOrg", user.organizationId())
            .query(Entry.class)
            .optional();
    if (entry.isEmpty()) {
      audit.recordRefused("disaster_registrant", id);
      throw new NotFoundException();
    }
    audit.record(AuditAction.READ, "disaster_registrant", id, null);
    return entry.get();
  }

  private static void require(CurrentUser user) {
    if (!user.may(WatchPermissions.DISASTER_REGISTRY_READ)) {
      throw new NotFoundException();
    }
  }
}
