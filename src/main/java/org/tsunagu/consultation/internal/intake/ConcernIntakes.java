package org.tsunagu.consultation.internal.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.BroughtConcerns;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.security.CurrentUser;

/**
 * Concerns from field work as intakes at the organisation's visit window (訪問活動), opened on first
 * use. They take the same checks and idempotency as any intake; the domain is left as その他 for the
 * coordinator to sort when taking it.
 */
@Service
class ConcernIntakes implements BroughtConcerns {

  static final String WINDOW_NAME = "訪問活動からの気づき";

  private final IntakeRecording recording;
  private final JdbcClient jdbc;
  private final Clock clock;

  ConcernIntakes(IntakeRecording recording, JdbcClient jdbc, Clock clock) {
    this.recording = recording;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public long bring(CurrentUser broughtBy, Concern concern) {
    long window = visitWindow(broughtBy.organizationId());
    IntakeInput in =
        new IntakeInput(
            window,
            "VISIT",
            null,
            "SUPPORTER",
            concern.source(),
            concern.personId(),
            null,
            null,
            null,
            concern.ownWords(),
            Set.of(SupportDomain.OTHER),
            "NORMAL",
            null,
            false,
            null,
            concern.key());
    return recording.submitBrought(broughtBy, in).id();
  }

  private long visitWindow(long organizationId) {
    jdbc.sql(
            "INSERT INTO consultation.consultation_window (name, kind, organization_id,"
                + " receiving_org_id, created_at) VALUES (?, 'VISIT', ?, ?, ?) ON CONFLICT"
                + " (organization_id, name) DO NOTHING")
        .params(WINDOW_NAME, organizationId, organizationId, Timestamp.from(clock.instant()))
        .update();
    return jdbc.sql(
            "SELECT id FROM consultation.consultation_window WHERE organization_id = ? AND name = ?")
        .params(organizationId, WINDOW_NAME)
        .query(Long.class)
        .single();
  }
}
