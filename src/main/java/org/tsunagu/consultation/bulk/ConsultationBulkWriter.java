package org.tsunagu.consultation.bulk;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.tsunagu.people.bulk.PeopleBulkWriter;
import org.tsunagu.platform.demo.CopyIn;
import org.tsunagu.platform.demo.IdBlock;

/**
 * Writes the consultation tables with COPY, on the caller's connection and transaction, in the
 * order their foreign keys need; the people-module records go through {@link PeopleBulkWriter}.
 */
public final class ConsultationBulkWriter {

  private static final List<String> TABLES =
      List.of(
          "consultation_window",
          "support_case",
          "case_need",
          "intake",
          "intake_domain",
          "case_entry",
          "case_conference",
          "conference_participant",
          "conference_case",
          "plan_goal",
          "plan_action",
          "conference_decision",
          "plan_review",
          "case_basis",
          "referral",
          "referral_domain",
          "referral_event");

  private final Connection connection;
  private final PeopleBulkWriter registry;
  private final CaseRecordsCopy caseRecords;
  private final PlanRecordsCopy planRecords;
  private final ReferralRecordsCopy referralRecords;

  public ConsultationBulkWriter(Connection connection, PeopleBulkWriter registry) {
    this.connection = connection;
    this.registry = registry;
    CopyIn copyIn = new CopyIn(connection);
    this.caseRecords = new CaseRecordsCopy(copyIn);
    this.planRecords = new PlanRecordsCopy(copyIn);
    this.referralRecords = new ReferralRecordsCopy(copyIn);
  }

  public void write(ConsultationData data) throws SQLException {
    caseRecords.windows(data.windows);
    registry.sharingConsents(data.consents);
    caseRecords.cases(data.cases);
    caseRecords.needs(data.needs);
    caseRecords.intakes(data.intakes);
    caseRecords.entries(data.entries);
    planRecords.conferences(data);
    planRecords.goals(data.goals);
    planRecords.actions(data.actions);
    planRecords.decisions(data.decisions);
    planRecords.reviews(data.reviews);
    referralRecords.bases(data.bases);
    referralRecords.referrals(data.referrals);
    // Access bases first: a relationship granted on one refers to it.
    registry.accessBases(data.accessBases);
    registry.datedRelationships(data.relationships);
  }

  /** Ids of a consultation table handed out from a block of up to {@code capacity}. */
  public IdBlock idBlock(ConsultationTable table, int capacity) throws SQLException {
    return IdBlock.reserve(connection, table, capacity);
  }

  /** As {@link PeopleBulkWriter#vacuumAnalyze()}, for the consultation tables. */
  public void vacuumAnalyze() throws SQLException {
    try (Statement st = connection.createStatement()) {
      for (String table : TABLES) {
        st.execute("VACUUM (ANALYZE) consultation." + table);
      }
    }
  }

  /**
   * Moves the case reference sequence past the {@code used} numbers of the generated references, so
   * that those the application numbers later never collide with them.
   */
  public void continueCaseReferencesAfter(int used) throws SQLException {
    if (used == 0) {
      return;
    }
    try (Statement st = connection.createStatement()) {
      st.execute("SELECT setval('consultation.case_reference_seq', " + used + ")");
    }
  }
}
