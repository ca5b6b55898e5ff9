package org.tsunagu.consultation.internal.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.tsunagu.consultation.Urgency;
import org.tsunagu.consultation.internal.intake.IntakeInput;
import org.tsunagu.people.SupportDomain;

/**
 * A consultation as someone brings it to a window of the demo town, filled in as the intake form
 * would be: who brought it, about whom (a resident, or only a description), in their own words, and
 * whether they agreed to pass it on.
 */
record DemoIntake(
    String window,
    String channel,
    String reporter,
    Long personId,
    String subject,
    String ownWords,
    Urgency urgency,
    boolean shares,
    List<SupportDomain> domains,
    String contactName,
    String contactPhone) {

  static DemoIntake of(
      String window,
      String channel,
      String reporter,
      String ownWords,
      Urgency urgency,
      SupportDomain... domains) {
    return new DemoIntake(
        window,
        channel,
        reporter,
        null,
        null,
        ownWords,
        urgency,
        false,
        List.of(domains),
        null,
        null);
  }

  DemoIntake about(long person) {
    return new DemoIntake(
        window,
        channel,
        reporter,
        person,
        subject,
        ownWords,
        urgency,
        shares,
        domains,
        contactName,
        contactPhone);
  }

  /** About someone not named yet, only described. */
  DemoIntake describing(String description) {
    return new DemoIntake(
        window,
        channel,
        reporter,
        personId,
        description,
        ownWords,
        urgency,
        shares,
        domains,
        contactName,
        contactPhone);
  }

  /** The person (or their family) agreed to pass it on, to the 包括 by default. */
  DemoIntake sharing() {
    return new DemoIntake(
        window,
        channel,
        reporter,
        personId,
        subject,
        ownWords,
        urgency,
        true,
        domains,
        contactName,
        contactPhone);
  }

  DemoIntake contact(String name, String phone) {
    return new DemoIntake(
        window, channel, reporter, personId, subject, ownWords, urgency, shares, domains, name,
        phone);
  }

  IntakeInput input(long windowId, LocalDate receivedOn) {
    return new IntakeInput(
        windowId,
        channel,
        receivedOn.toString(),
        reporter,
        reporterName(),
        personId,
        subject,
        contactName,
        contactPhone,
        ownWords,
        EnumSet.copyOf(domains),
        urgency.name(),
        true,
        shares,
        null,
        null);
  }

  private String reporterName() {
    return switch (reporter) {
      case "FAMILY" -> "長女";
      case "NEIGHBOUR" -> "近隣住民";
      case "SALON_HOST" -> "サロン代表";
      case "PROFESSIONAL" -> "病院の相談員";
      default -> null;
    };
  }
}
