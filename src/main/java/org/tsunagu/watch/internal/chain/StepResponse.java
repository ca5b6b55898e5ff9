package org.tsunagu.watch.internal.chain;

/** A chain step as the API shows it: who, how, how long to confirm. */
public record StepResponse(
    int position,
    String receiverKind,
    String receiver,
    String channel,
    int ackMinutes,
    boolean officeHoursOnly) {

  public static StepResponse of(ChainStep s) {
    return new StepResponse(
        s.position(),
        s.receiverKind().name(),
        s.receiverName(),
        s.channel(),
        s.ackMinutes(),
        s.officeHoursOnly());
  }
}
