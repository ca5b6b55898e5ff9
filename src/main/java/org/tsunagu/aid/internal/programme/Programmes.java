package org.tsunagu.aid.internal.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.aid.internal.programme.ProgrammeCheck.Checked;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;

/**
 * Programmes and their rules. An organisation's staff with {@code AID_MANAGE} run its programmes;
 * another organisation's programme answers 404. Changing the rules changes what later settlements
 * charge; settled months keep what they posted.
 */
@Service
public class Programmes {

  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");
  private static final String SELECT =
      "SELECT p.*, o.name AS organization_name FROM aid.programme p JOIN"
          + " people.organization_directory o ON o.id = p.organization_id ";

  private final JdbcClient jdbc;
  private final ProgrammeWrites writes;
  private final AuditLog audit;
  private final Clock clock;

  Programmes(JdbcClient jdbc, ProgrammeWrites writes, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.writes = writes;
    this.audit = audit;
    this.clock = clock;
  }

  public Optional<Programme> find(long id) {
    return jdbc.sql(SELECT + "WHERE p.id = ?")
        .param(id)
        .query(Programmes::map)
        .optional()
        .map(this::complete);
  }

  /** The programme if the user runs it (their organisation's, {@code AID_MANAGE}), else 404. */
  public Programme managed(CurrentUser user, long id) {
    return find(id)
        .filter(p -> user.may(AidPermissions.AID_MANAGE))
        .filter(p -> p.organizationId() == user.organizationId())
        .orElseThrow(NotFoundException::new);
  }

  public List<Programme> ofOrganization(long organizationId) {
    return jdbc
        .sql(SELECT + "WHERE p.organization_id = ? ORDER BY p.name")
        .param(organizationId)
        .query(Programmes::map)
        .list()
        .stream()
        .map(this::complete)
        .toList();
  }

  @Transactional
  public long create(CurrentUser user, ProgrammeInput in) {
    user.require(AidPermissions.AID_MANAGE);
    Checked c = ProgrammeCheck.check(in);
    nameFree(user.organizationId(), c.name(), 0);
    long id =
        jdbc.sql(
                "INSERT INTO aid.programme (organization_id, name, annual_fee_yen,"
                    + " minimum_minutes, step_minutes, weekday_from, weekday_until,"
                    + " cancel_free_days_before, cancel_same_day_minutes, cancel_no_notice_full,"
                    + " time_credits, created_at, created_by) VALUES (?, ?, 0, 60, 30, '09:00',"
                    + " '17:00', 1, 60, true, 'NONE', ?, ?) RETURNING id")
            .params(user.organizationId(), c.name(), Timestamp.from(clock.instant()), user.id())
            .query(Long.class)
            .single();
    writes.write(id, c);
    audit.record(AuditAction.CREATE, "aid_programme", id, null);
    return id;
  }

  @Transactional
  public void replaceRules(CurrentUser user, long id, ProgrammeInput in) {
    managed(user, id);
    Checked c = ProgrammeCheck.check(in);
    jdbc.sql("SELECT id FROM aid.programme WHERE id = ? FOR UPDATE").param(id).query().listOfRows();
    nameFree(user.organizationId(), c.name(), id);
    writes.write(id, c);
    audit.record(AuditAction.UPDATE, "aid_programme", id, null);
  }

  private void nameFree(long organizationId, String name, long except) {
    boolean taken =
        jdbc.sql(
                "SELECT EXISTS (SELECT 1 FROM aid.programme WHERE organization_id = ? AND name = ?"
                    + " AND id <> ?)")
            .params(organizationId, name, except)
            .query(Boolean.class)
            .single();
    if (taken) {
      Problems p = new Problems();
      p.add("name", "aid.validation.nameTaken");
      p.throwIfAny();
    }
  }

  private Programme complete(Programme p) {
    Map<Band, Rate> rates = new EnumMap<>(Band.class);
    jdbc.sql("SELECT * FROM aid.rate WHERE programme_id = ?")
        .param(p.id())
        .query(
            (r, n) ->
                new Rate(
                    Band.valueOf(r.getString("band")),
                    r.getInt("recipient_yen_per_hour"),
                    r.getInt("supporter_yen_per_hour")))
        .list()
        .forEach(r -> rates.put(r.band(), r));
    List<MenuItem> menu =
        jdbc.sql("SELECT * FROM aid.menu_item WHERE programme_id = ? ORDER BY id")
            .param(p.id())
            .query(
                (r, n) ->
                    new MenuItem(
                        r.getLong("id"),
                        r.getString("code"),
                        r.getString("name"),
                        r.getBoolean("needs_driving"),
                        r.getBoolean("active")))
            .list();
    return new Programme(
        p.id(),
        p.organizationId(),
        p.organizationName(),
        p.name(),
        p.active(),
        p.fees().withRates(rates),
        p.credits(),
        menu,
        p.version());
  }

  private static Programme map(ResultSet rs, int row) throws SQLException {
    FeeRules fees =
        new FeeRules(
            rs.getInt("annual_fee_yen"),
            rs.getInt("fee_year_start_month"),
            rs.getInt("minimum_minutes"),
            rs.getInt("step_minutes"),
            (Integer) rs.getObject("max_minutes_per_day"),
            rs.getTime("weekday_from").toLocalTime(),
            rs.getTime("weekday_until").toLocalTime(),
            MonthDay.parse(rs.getString("year_end_from"), MONTH_DAY),
            MonthDay.parse(rs.getString("year_end_until"), MONTH_DAY),
            rs.getInt("cancel_free_days_before"),
            rs.getInt("cancel_same_day_minutes"),
            rs.getBoolean("cancel_no_notice_full"),
            rs.getInt("payout_per_visit_yen"),
            Map.of());
    CreditRules credits =
        new CreditRules(
            rs.getString("time_credits"),
            new LinkedHashSet<>(Arrays.asList((String[]) rs.getArray("credit_users").getArray())),
            rs.getBoolean("credit_transferable"),
            rs.getBoolean("credit_cash_out"),
            rs.getString("credit_on_leaving"),
            rs.getString("credit_on_death"),
            rs.getInt("credit_overdraft_minutes"));
    return new Programme(
        rs.getLong("id"),
        rs.getLong("organization_id"),
        rs.getString("organization_name"),
        rs.getString("name"),
        rs.getBoolean("active"),
        fees,
        credits,
        List.of(),
        rs.getInt("version"));
  }
}
