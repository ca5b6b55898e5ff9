package org.tsunagu.watch.internal.agreement;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.watch.WatchPermissions;
import org.tsunagu.watch.internal.chain.ChainCheck;
import org.tsunagu.watch.internal.chain.ChainOwner;
import org.tsunagu.watch.internal.chain.ChainStep;
import org.tsunagu.watch.internal.chain.Chains;
import org.tsunagu.watch.internal.chain.EmailAddresses;
import org.tsunagu.watch.internal.chain.StepInput;

/**
 * 見守り協定: recorded by the watching organisation or the municipality (or an administrator), with the
 * chain its alerts walk, checked before anything is stored.
 */
@Service
public class Agreements {

  private static final String SELECT =
      "SELECT a.id, a.organization_id, o.name AS organization_name, a.municipality_id, m.name AS"
          + " municipality_name, a.area_id, a.name, a.desk_name, a.desk_email, a.desk_phone,"
          + " a.desk_opens, a.desk_closes, a.signed_on, a.ended_on FROM watch.agreement a JOIN"
          + " people.organization_directory o ON o.id = a.organization_id JOIN"
          + " people.organization_directory m ON m.id = a.municipality_id ";

  private final JdbcClient jdbc;
  private final PeopleApi people;
  private final ChainCheck chainCheck;
  private final Chains chains;
  private final AuditLog audit;
  private final Clock clock;

  Agreements(
      JdbcClient jdbc,
      PeopleApi people,
      ChainCheck chainCheck,
      Chains chains,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.people = people;
    this.chainCheck = chainCheck;
    this.chains = chains;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public long create(CurrentUser user, AgreementInput in) {
    user.require(WatchPermissions.WATCH_MANAGE);
    Problems p = new Problems();
    if (in.organizationId() == null || people.organization(in.organizationId()).isEmpty()) {
      p.add("organizationId", "validation.required");
    }
    if (in.municipalityId() == null || people.organization(in.municipalityId()).isEmpty()) {
      p.add("municipalityId", "validation.required");
    }
    if (user.role() != Role.ADMIN
        && !Long.valueOf(user.organizationId()).equals(in.organizationId())
        && !Long.valueOf(user.organizationId()).equals(in.municipalityId())) {
      throw new AccessDeniedException("agreement of another organisation");
    }
    if (in.areaId() != null && people.areaPath(in.areaId()).isEmpty()) {
      p.add("areaId", "validation.area.unknown");
    }
    AgreementFields.text(p, "name", in.name(), 100);
    AgreementFields.text(p, "deskName", in.deskName(), 100);
    if (in.deskEmail() == null || !EmailAddresses.valid(in.deskEmail().strip())) {
      p.add("deskEmail", "watch.validation.email");
    }
    if (in.deskPhone() != null && in.deskPhone().length() > 30) {
      p.add("deskPhone", "validation.tooLong", 30);
    }
    LocalTime opens = AgreementFields.time(p, "deskOpens", in.deskOpens(), LocalTime.of(8, 30));
    LocalTime closes = AgreementFields.time(p, "deskCloses", in.deskCloses(), LocalTime.of(17, 15));
    if (opens != null && closes != null && !opens.isBefore(closes)) {
      p.add("deskCloses", "watch.validation.hours");
    }
    LocalDate signed = AgreementFields.date(p, "signedOn", in.signedOn());
    long deskOrg = in.municipalityId() == null ? 0 : in.municipalityId();
    List<ChainStep> steps =
        chainCheck.check(
            in.steps(),
            ChainOwner.agreement(
                new ChainOwner.Desk(
                    deskOrg,
                    in.deskName(),
                    in.deskEmail() == null ? null : in.deskEmail().strip())),
            p);
    p.throwIfAny();
    long id =
        jdbc.sql(
                "INSERT INTO watch.agreement (organization_id, municipality_id, area_id, name,"
                    + " desk_name, desk_email, desk_phone, desk_opens, desk_closes, signed_on,"
                    + " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " RETURNING id")
            .params(
                in.organizationId(),
                in.municipalityId(),
                in.areaId(),
                in.name().strip(),
                in.deskName().strip(),
                in.deskEmail().strip(),
                in.deskPhone() == null || in.deskPhone().isBlank() ? null : in.deskPhone().strip(),
                Time.valueOf(opens),
                Time.valueOf(closes),
                Date.valueOf(signed),
                Timestamp.from(clock.instant()),
                user.id())
            .query(Long.class)
            .single();
    chains.replaceForAgreement(id, steps);
    audit.record(AuditAction.CREATE, "watch_agreement", id, null);
    return id;
  }

  /** Replaces the agreement's chain, checked; running alerts keep the steps they copied. */
  @Transactional
  public void replaceChain(CurrentUser user, long id, List<StepInput> steps) {
    user.require(WatchPermissions.WATCH_MANAGE);
    Agreement a = findFor(user, id).orElseThrow(NotFoundException::new);
    Problems p = new Problems();
    List<ChainStep> checked =
        chainCheck.check(
            steps,
            ChainOwner.agreement(
                new ChainOwner.Desk(a.municipalityId(), a.deskName(), a.deskEmail())),
            p);
    p.throwIfAny();
    chains.replaceForAgreement(id, checked);
    audit.record(AuditAction.UPDATE, "watch_agreement", id, "chain");
  }

  /** Agreements the user's organisation is a party to (every one for an administrator). */
  public List<Agreement> of(CurrentUser user) {
    if (user.role() == Role.ADMIN) {
      return jdbc.sql(SELECT + "ORDER BY a.id").query(Agreement.class).list();
    }
    return jdbc.sql(SELECT + "WHERE ? IN (a.organization_id, a.municipality_id) ORDER BY a.id")
        .param(user.organizationId())
        .query(Agreement.class)
        .list();
  }

  /** Every agreement: what a coordinator may put a target under (no personal data). */
  public List<Agreement> all() {
    return jdbc.sql(SELECT + "ORDER BY a.id").query(Agreement.class).list();
  }

  public Optional<Agreement> find(long id) {
    return jdbc.sql(SELECT + "WHERE a.id = ?").param(id).query(Agreement.class).optional();
  }

  /** The agreement, if the user's organisation is a party to it. */
  public Optional<Agreement> findFor(CurrentUser user, long id) {
    return find(id).filter(a -> party(user, a));
  }

  /** Is the user's organisation a party to the agreement (or the user an administrator)? */
  public static boolean party(CurrentUser user, Agreement a) {
    return user.role() == Role.ADMIN
        || a.organizationId() == user.organizationId()
        || a.municipalityId() == user.organizationId();
  }
}
