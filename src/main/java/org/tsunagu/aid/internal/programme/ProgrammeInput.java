package org.tsunagu.aid.internal.programme;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A programme's rules as sent. Times are {@code HH:mm} (Asia/Tokyo), year-end days {@code MM-dd};
 * every band needs its rate.
 */
public record ProgrammeInput(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "1000") Integer annualFeeYen,
    @Schema(example = "4") Integer feeYearStartMonth,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "60") Integer minimumMinutes,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "30") Integer stepMinutes,
    @Schema(example = "240") Integer maxMinutesPerDay,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "06:00") String weekdayFrom,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "22:00") String weekdayUntil,
    @Schema(example = "12-29") String yearEndFrom,
    @Schema(example = "01-03") String yearEndUntil,
    @Schema(example = "1") Integer cancelFreeDaysBefore,
    @Schema(example = "60") Integer cancelSameDayMinutes,
    Boolean cancelNoNoticeFull,
    @Schema(example = "0") Integer payoutPerVisitYen,
    @Schema(allowableValues = {"NONE", "OPTIONAL", "ONLY"}) String timeCredits,
    @Schema(description = "SELF, SPOUSE, PARENT, CHILD") List<String> creditUsers,
    Boolean creditTransferable,
    Boolean creditCashOut,
    @Schema(allowableValues = {"KEEP", "FORFEIT", "DONATE"}) String creditOnLeaving,
    @Schema(allowableValues = {"FORFEIT", "FAMILY", "DONATE"}) String creditOnDeath,
    Integer creditOverdraftMinutes,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<RateInput> rates,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<MenuItemInput> menu) {

  public record RateInput(
      @Schema(implementation = Band.class, requiredMode = Schema.RequiredMode.REQUIRED) String band,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer recipientYenPerHour,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer supporterYenPerHour) {}

  public record MenuItemInput(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "SHOPPING") String code,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "買い物") String name,
      Boolean needsDriving) {}
}
