package org.tsunagu.support;

import java.util.List;
import java.util.Set;
import org.springframework.boot.test.context.TestComponent;
import org.tsunagu.consultation.Urgency;
import org.tsunagu.consultation.internal.casework.CaseBases;
import org.tsunagu.consultation.internal.intake.IntakeHandling;
import org.tsunagu.consultation.internal.intake.IntakeInput;
import org.tsunagu.consultation.internal.intake.IntakeRecording;
import org.tsunagu.consultation.internal.referral.ReferralSending;
import org.tsunagu.consultation.internal.window.WindowOpening;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.security.CurrentUser;

/** Builds consultation data through the module's own use cases, with explicit values. */
@TestComponent
public class ConsultationData {

  private final WindowOpening windowOpening;
  private final IntakeRecording recording;
  private final IntakeHandling handling;
  private final ReferralSending referrals;
  private final CaseBases bases;

  ConsultationData(
      WindowOpening windowOpening,
      IntakeRecording recording,
      IntakeHandling handling,
      ReferralSending referrals,
      CaseBases bases) {
    this.windowOpening = windowOpening;
    this.recording = recording;
    this.handling = handling;
    this.referrals = referrals;
    this.bases = bases;
  }

  /** A window of the coordinator's organisation, passing intakes on to it. */
  public long window(CurrentUser coordinator, String kind) {
    return windowOpening.create(
        coordinator,
        new WindowOpening.WindowInput(
            TestData.unique("窓口"),
            kind,
            coordinator.organizationId(),
            coordinator.organizationId(),
            null,
            null));
  }

  public static IntakeInput intake(
      long windowId, Long personId, String ownWords, Set<SupportDomain> domains, boolean share) {
    return new IntakeInput(
        windowId,
        "IN_PERSON",
        null,
        "SELF",
        null,
        personId,
        personId == null ? "角の家の男性" : null,
        null,
        null,
        ownWords,
        domains,
        "NORMAL",
        true,
        share,
        null,
        null);
  }

  /** An intake about the person made into a case led by the coordinator's organisation. */
  public long openCase(CurrentUser coordinator, long personId, Set<SupportDomain> domains) {
    return TestData.asUser(
        coordinator,
        () -> {
          long window = window(coordinator, "OFFICE");
          long intake =
              recording.record(coordinator, intake(window, personId, "生活が苦しい", domains, false));
          return handling.openCase(coordinator, intake, "生活の立て直し", null);
        });
  }

  public List<Long> refer(CurrentUser coordinator, long caseId, Long basisId, long... orgIds) {
    return TestData.asUser(
        coordinator,
        () ->
            referrals.send(
                coordinator,
                caseId,
                new ReferralSending.SendInput(
                    java.util.Arrays.stream(orgIds).boxed().toList(),
                    "高齢の方。生活費と住まいの相談。",
                    "詳しい事情：家賃を3か月滞納",
                    Set.of(SupportDomain.POVERTY_DEBT),
                    Urgency.NORMAL,
                    basisId)));
  }

  public long supportMeetingBasis(CurrentUser coordinator, long caseId) {
    return TestData.asUser(
        coordinator,
        () ->
            bases.recordLegal(
                coordinator, caseId, CaseBases.Kind.SUPPORT_MEETING, "市の支援会議で共有を決定", null));
  }
}
