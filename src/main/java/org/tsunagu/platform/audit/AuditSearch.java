package org.tsunagu.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.platform.web.DisplayFormats;

/** Reads the audit log by an AuditFilter: a page for the screen and the API, a stream to export. */
@Component
class AuditSearch {

  static final int PAGE = 50;

  private static final String SELECT =
      "SELECT e.id, e.occurred_at, e.actor_user_id, u.username, u.display_name, e.actor_org_id,"
          + " e.action, e.object_type, e.object_id, e.detail, e.txid < (SELECT below_txid FROM"
          + " platform.audit_seal ORDER BY id DESC LIMIT 1) IS TRUE AS sealed FROM"
          + " platform.audit_entry e LEFT JOIN platform.app_user u ON u.id = e.actor_user_id"
          + " WHERE e.occurred_at >= :from AND e.occurred_at < :to"
          + " AND (:user = '' OR u.username = :user OR u.display_name LIKE :userPart)"
          + " AND (:org < 0 OR e.actor_org_id = :org)"
          + " AND (:action = '' OR e.action = :action)"
          + " AND (:type = '' OR e.object_type = :type)"
          + " AND (:object = '' OR e.object_id = :object)"
          // A person is the object of an entry, or one of the ids a search showed (ids=1,2,3).
          + " AND (:person < 0 OR (e.object_type = 'person' AND (e.object_id = :personId OR"
          + " (e.action = 'SEARCH' AND ',' || split_part(e.detail, 'ids=', 2) || ',' LIKE"
          + " :personInList))))"
          + " ORDER BY e.id DESC";

  private final JdbcClient jdbc;

  AuditSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Entry(
      long id,
      Instant occurredAt,
      Long actorUserId,
      String actorName,
      String actorDisplayName,
      Long actorOrgId,
      String action,
      String objectType,
      String objectId,
      String detail,
      boolean sealed) {}

  /** One page, newest first, with one entry more than a page when there is a next page. */
  List<Entry> page(AuditFilter filter, int page) {
    return bind(jdbc.sql(SELECT + " LIMIT :limit OFFSET :offset"), filter)
        .param("limit", PAGE + 1)
        .param("offset", (long) page * PAGE)
        .query(AuditSearch::entry)
        .list();
  }

  /** Every matching entry, newest first, read through a cursor. */
  @Transactional(readOnly = true)
  void each(AuditFilter filter, Consumer<Entry> sink) {
    try (Stream<Entry> entries =
        bind(jdbc.sql(SELECT), filter).withFetchSize(1000).query(AuditSearch::entry).stream()) {
      entries.forEach(sink);
    }
  }

  /** The object types the log holds, by a loose scan of their index. */
  List<String> objectTypes() {
    return jdbc.sql(
            "WITH RECURSIVE t(v) AS (SELECT min(object_type) FROM platform.audit_entry UNION ALL"
                + " SELECT (SELECT min(object_type) FROM platform.audit_entry WHERE object_type >"
                + " t.v) FROM t WHERE t.v IS NOT NULL) SELECT v FROM t WHERE v IS NOT NULL")
        .query(String.class)
        .list();
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, AuditFilter f) {
    String person = f.person() == null ? "" : f.person().toString();
    return spec.param(
            "from", Timestamp.from(f.from().atStartOfDay(DisplayFormats.TOKYO).toInstant()))
        .param(
            "to", Timestamp.from(f.to().plusDays(1).atStartOfDay(DisplayFormats.TOKYO).toInstant()))
        .param("user", f.user())
        .param(
            "userPart",
            "%" + f.user().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        .param("org", f.organization() == null ? -1L : f.organization())
        .param("action", f.action())
        .param("type", f.objectType())
        .param("object", f.objectId())
        .param("person", f.person() == null ? -1L : f.person())
        .param("personId", person)
        .param("personInList", "%," + person + ",%");
  }

  private static Entry entry(ResultSet rs, int n) throws SQLException {
    return new Entry(
        rs.getLong("id"),
        rs.getTimestamp("occurred_at").toInstant(),
        (Long) rs.getObject("actor_user_id"),
        rs.getString("username"),
        rs.getString("display_name"),
        (Long) rs.getObject("actor_org_id"),
        rs.getString("action"),
        rs.getString("object_type"),
        rs.getString("object_id"),
        rs.getString("detail"),
        rs.getBoolean("sealed"));
  }
}
