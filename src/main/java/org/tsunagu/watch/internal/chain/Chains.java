package org.tsunagu.watch.internal.chain;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Stored chains: an agreement's, or a target's own that replaces its agreement's. */
@Repository
public class Chains {

  private static final String COLUMNS =
      "position, receiver_kind, organization_id, user_id, contact_id, channel, address,"
          + " ack_minutes, office_hours_only";

  private final JdbcClient jdbc;

  Chains(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces the agreement's chain with checked steps. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void replaceForAgreement(long agreementId, List<ChainStep> steps) {
    jdbc.sql("DELETE FROM watch.chain_step WHERE agreement_id = ?").param(agreementId).update();
    steps.forEach(s -> insert("agreement_id", agreementId, s));
  }

  /** Replaces the target's own chain; an empty list gives it its agreement's again. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void replaceForTarget(long targetId, List<ChainStep> steps) {
    jdbc.sql("DELETE FROM watch.chain_step WHERE target_id = ?").param(targetId).update();
    steps.forEach(s -> insert("target_id", targetId, s));
  }

  /** The chain an alert about the target walks: its own, else its agreement's. */
  public List<ChainStep> effectiveFor(long targetId) {
    List<ChainStep> own = read("c.target_id = ?", targetId);
    if (!own.isEmpty()) {
      return own;
    }
    return read("c.agreement_id = (SELECT agreement_id FROM watch.target WHERE id = ?)", targetId);
  }

  public List<ChainStep> forAgreement(long agreementId) {
    return read("c.agreement_id = ?", agreementId);
  }

  public List<ChainStep> ownOf(long targetId) {
    return read("c.target_id = ?", targetId);
  }

  private List<ChainStep> read(String where, long id) {
    return jdbc.sql(
            "SELECT c.position, c.receiver_kind, c.organization_id, c.user_id, c.contact_id,"
                + " CASE c.receiver_kind WHEN 'DESK' THEN a.desk_name WHEN 'USER' THEN u.display_name"
                + " WHEN 'CONTACT' THEN tc.name ELSE o.name END AS receiver_name, c.channel,"
                + " c.address, c.ack_minutes, c.office_hours_only FROM watch.chain_step c"
                + " LEFT JOIN watch.agreement a ON a.id = coalesce(c.agreement_id, (SELECT"
                + " t.agreement_id FROM watch.target t WHERE t.id = c.target_id)) LEFT JOIN"
                + " platform.user_directory u ON u.id = c.user_id LEFT JOIN watch.target_contact"
                + " tc ON tc.id = c.contact_id LEFT JOIN people.organization_directory o ON o.id ="
                + " c.organization_id WHERE "
                + where
                + " ORDER BY c.position")
        .param(id)
        .query(ChainStep.class)
        .list();
  }

  private void insert(String ownerColumn, long ownerId, ChainStep s) {
    jdbc.sql(
            "INSERT INTO watch.chain_step ("
                + ownerColumn
                + ", "
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            ownerId,
            s.position(),
            s.receiverKind().name(),
            s.organizationId(),
            s.userId(),
            s.contactId(),
            s.channel(),
            s.address(),
            s.ackMinutes(),
            s.officeHoursOnly())
        .update();
  }
}
