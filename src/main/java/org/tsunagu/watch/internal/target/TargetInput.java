package org.tsunagu.watch.internal.target;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.tsunagu.people.ConsentRequest;
import org.tsunagu.watch.internal.chain.StepInput;

/**
 * A watch target as registered: the person, the consent they (or a proxy) gave to the watch-over
 * programme, the agreement whose drivers call on them, who holds their key and who to tell, who
 * watches them and when contact is expected. {@code steps} is the target's own chain, replacing the
 * agreement's; a CONTACT step names its contact by number in {@code contacts} (1 = the first).
 */
public record TargetInput(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long personId,
    Long agreementId,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ConsentRequest consent,
    String keyHolder,
    String doctor,
    String notes,
    @Schema(description = "Shown to delivery staff on their route, e.g. 耳が遠いので大きな声で")
        String driverNotes,
    List<ContactInput> contacts,
    List<WatcherInput> watchers,
    List<ExpectedContactInput> expectedContacts,
    List<StepInput> steps) {

  public record ContactInput(
      @Schema(
              allowableValues = {"FAMILY", "KEY_HOLDER", "NEIGHBOUR", "OTHER"},
              requiredMode = Schema.RequiredMode.REQUIRED)
          String kind,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
      String relation,
      String email,
      String phone,
      @Schema(description = "Send a short note after each regular contact") Boolean dailyUpdates) {}

  public record WatcherInput(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long userId,
      @Schema(
              allowableValues = {"NEIGHBOUR", "MINSEI", "DELIVERY", "FAMILY", "STAFF"},
              requiredMode = Schema.RequiredMode.REQUIRED)
          String kind) {}

  public record ExpectedContactInput(
      @Schema(
              allowableValues = {"DELIVERY", "VISIT", "CALL", "SENSOR"},
              requiredMode = Schema.RequiredMode.REQUIRED)
          String kind,
      @Schema(
              description = "1 = Monday … 7 = Sunday; none for every day",
              minimum = "1",
              maximum = "7")
          Integer weekday,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "14:00") String time,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              description = "Minutes after the time before a missed contact is an alert",
              minimum = "0",
              maximum = "1440")
          Integer graceMinutes,
      @Schema(description = "The watcher who makes the contact") Long userId) {}
}
