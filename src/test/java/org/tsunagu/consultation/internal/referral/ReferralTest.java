package org.tsunagu.consultation.internal.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tsunagu.consultation.ReferralStatus;
import org.tsunagu.platform.web.UserFacingException;

class ReferralTest {

  private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

  private static Referral in(ReferralStatus status) {
    return new Referral(1, 2, 3, 4, status, null, null, null, null, 0);
  }

  private static void refused(ReferralStatus from, Consumer<Referral> change) {
    Referral r = in(from);
    assertThatThrownBy(() -> change.accept(r))
        .isInstanceOf(UserFacingException.class)
        .extracting(e -> ((UserFacingException) e).status())
        .isEqualTo(409);
    assertThat(r.status).isEqualTo(from);
  }

  @ParameterizedTest
  @EnumSource(
      value = ReferralStatus.class,
      names = {"PENDING"},
      mode = EnumSource.Mode.EXCLUDE)
  void shouldAcceptOrDeclineOnlyWhilePending(ReferralStatus status) {
    refused(status, r -> r.accept(9, NOW));
    refused(status, r -> r.decline(9, NOW, org.tsunagu.consultation.DeclineReason.OTHER, "理由"));
  }

  @ParameterizedTest
  @EnumSource(
      value = ReferralStatus.class,
      names = {"ACCEPTED", "IN_PROGRESS"},
      mode = EnumSource.Mode.EXCLUDE)
  void shouldCompleteOnlyWhatWasAccepted(ReferralStatus status) {
    refused(status, r -> r.complete(NOW, Referral.Outcome.SUCCESSFUL, null, null));
  }

  @ParameterizedTest
  @EnumSource(
      value = ReferralStatus.class,
      names = {"DECLINED", "COMPLETED", "WITHDRAWN"})
  void shouldRefuseWithdrawalOfAFinishedReferral(ReferralStatus status) {
    refused(status, r -> r.withdraw(NOW, "理由"));
  }

  @ParameterizedTest
  @EnumSource(
      value = ReferralStatus.class,
      names = {"PENDING", "ACCEPTED", "IN_PROGRESS"})
  void shouldLetTheReferrerWithdrawWhatIsStillActive(ReferralStatus status) {
    Referral r = in(status);
    r.withdraw(NOW, "本人が転居");
    assertThat(r.status).isEqualTo(ReferralStatus.WITHDRAWN);
    assertThat(r.withdrawnReason).isEqualTo("本人が転居");
  }

  @ParameterizedTest
  @EnumSource(
      value = ReferralStatus.class,
      names = {"ACCEPTED"},
      mode = EnumSource.Mode.EXCLUDE)
  void shouldStartOnlyAnAcceptedReferral(ReferralStatus status) {
    refused(status, r -> r.start(9));
  }

  @org.junit.jupiter.api.Test
  void shouldRecordOnlyTheFirstOpening() {
    Referral r = in(ReferralStatus.PENDING);
    assertThat(r.open(7, NOW)).isTrue();
    assertThat(r.open(8, NOW.plusSeconds(60))).isFalse();
    assertThat(r.firstOpenedBy).isEqualTo(7);
    assertThat(r.firstOpenedAt).isEqualTo(NOW);
  }

  @org.junit.jupiter.api.Test
  void shouldAcceptStartAndCompleteUnsuccessfullyWithAReason() {
    Referral r = in(ReferralStatus.PENDING);
    r.accept(9, NOW);
    assertThat(r.firstOpenedAt).isEqualTo(NOW);
    r.start(9);
    r.complete(
        NOW, Referral.Outcome.UNSUCCESSFUL, Referral.UnsuccessfulReason.COULD_NOT_REACH, null);
    assertThat(r.status).isEqualTo(ReferralStatus.COMPLETED);
    assertThat(r.unsuccessfulReason).isEqualTo(Referral.UnsuccessfulReason.COULD_NOT_REACH);
  }
}
