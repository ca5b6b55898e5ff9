package org.tsunagu.consultation.internal.demo.city;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.tsunagu.consultation.bulk.ConsultationRows.Intake;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.people.bulk.CityStaff;
import org.tsunagu.people.bulk.PeopleRows;
import org.tsunagu.platform.demo.Dice;
import org.tsunagu.platform.demo.Weighted;

/**
 * Intakes of the city-scale set: how one came in (channel and reporter by the kind of window), and
 * the intakes that did not become a case — recent ones still NEW at every window, older ones closed
 * without a case. Some name no one yet: 「○○町の角の家の男性」.
 */
final class CityIntakes {

  private static final Weighted<String> DOMAINS =
      new Weighted<String>()
          .add("ELDERLY_CARE", 25)
          .add("ISOLATION", 15)
          .add("POVERTY_DEBT", 15)
          .add("HEALTH", 8)
          .add("HOUSING", 6)
          .add("FOOD", 6)
          .add("HOARDING", 5)
          .add("EMPLOYMENT", 5)
          .add("CHILD_REARING", 5)
          .add("DISABILITY", 4)
          .add("OTHER", 6);
  private static final Weighted<String> URGENCY =
      new Weighted<String>().add("HIGH", 8).add("NORMAL", 80).add("LOW", 12);
  private static final Weighted<String> OFFICE_REPORTER =
      new Weighted<String>()
          .add("SELF", 60)
          .add("FAMILY", 25)
          .add("NEIGHBOUR", 5)
          .add("PROFESSIONAL", 10);
  private static final Weighted<String> PHONE_REPORTER =
      new Weighted<String>()
          .add("SELF", 45)
          .add("FAMILY", 25)
          .add("NEIGHBOUR", 10)
          .add("WELFARE_VOLUNTEER", 10)
          .add("PROFESSIONAL", 10);
  private static final Weighted<String> SALON_REPORTER =
      new Weighted<String>().add("SALON_HOST", 50).add("SELF", 40).add("NEIGHBOUR", 10);

  private CityIntakes() {}

  /** An intake received at {@code window}, still NEW; about a person or an unnamed subject. */
  static Intake newIntake(
      CityContext city,
      CityWindows.CityWindow window,
      OffsetDateTime receivedAt,
      Long personId,
      String subject,
      List<String> domains,
      String urgency,
      CityStaff.Member recorder) {
    Dice dice = city.dice;
    String channel;
    String reporter;
    switch (window.kind()) {
      case "PHONE" -> {
        channel = "PHONE";
        reporter = PHONE_REPORTER.draw(dice);
      }
      case "SALON" -> {
        channel = dice.chance(0.7) ? "CARD" : "PAPER_CARD";
        reporter = SALON_REPORTER.draw(dice);
      }
      default -> {
        channel = "IN_PERSON";
        reporter = OFFICE_REPORTER.draw(dice);
      }
    }
    String ownWords =
        dice.pick(ConsultationPhrases.OWN_WORDS.get(SupportDomain.valueOf(domains.get(0))));
    Boolean mayContact = dice.chance(0.05) ? null : dice.chance(0.9);
    boolean shareAgreed =
        (reporter.equals("SELF") || reporter.equals("FAMILY")) && dice.chance(0.7);
    String reporterName =
        reporter.equals("FAMILY")
            ? dice.pick(ConsultationPhrases.FAMILY_REPORTERS)
            : reporterName(reporter);
    long recordedOrg = city.orgs.id(window.org());
    Intake intake =
        new Intake(
            city.ids.intakes.next(),
            window.id(),
            channel,
            receivedAt,
            reporter,
            reporterName,
            personId,
            subject,
            ownWords,
            urgency,
            mayContact,
            shareAgreed,
            recorder.id(),
            recordedOrg,
            domains);
    if (shareAgreed) {
      Long consent = null;
      if (personId != null) {
        consent = city.ids.consents.next();
        city.data.consents.add(
            new PeopleRows.SharingConsent(
                consent,
                personId,
                null,
                Intake.DEFAULT_SHARE_SCOPE,
                reporter.equals("FAMILY") ? reporterName : null,
                channel.equals("PAPER_CARD") ? "WRITTEN" : "ORAL",
                receivedAt.toLocalDate(),
                null,
                recorder.id(),
                recordedOrg,
                receivedAt));
      }
      intake.sharedWith(Intake.DEFAULT_SHARE_SCOPE, consent);
    }
    return intake;
  }

  /** A label for who brought it, never a name. */
  private static String reporterName(String reporter) {
    return switch (reporter) {
      case "NEIGHBOUR" -> "近隣住民";
      case "WELFARE_VOLUNTEER" -> "民生委員";
      case "SALON_HOST" -> "サロン代表";
      case "PROFESSIONAL" -> "関係機関";
      default -> null;
    };
  }

  /**
   * {@code count} intakes that did not become cases, a little under half of them through salons: a
   * fifth received in the last two weeks and still NEW (a few per window), the rest older and
   * closed without a case.
   */
  static void withoutCase(CityContext city, int count) {
    Dice dice = city.dice;
    int fresh = count / 5;
    for (int i = 0; i < count; i++) {
      boolean isNew = i < fresh;
      CityWindows.CityWindow window =
          dice.chance(0.45) ? dice.pick(city.windows.salons) : dice.pick(city.windows.offices);
      OffsetDateTime received =
          isNew
              ? dice.later(city.now.minusDays(14), city.now, 14)
              : dice.officeTime(
                  dice.workingDayOnOrBefore(
                      city.today.minusDays(dice.between(3, CaseDrafts.YEARS_BACK_DAYS))));
      Long personId = null;
      String subject = null;
      if (dice.chance(isNew ? 0.6 : 0.8)) {
        int person =
            window.ward() >= 0
                ? city.persons.inWard(window.ward(), dice)
                : dice.nextInt(city.persons.size());
        personId = city.persons.id(person);
      } else {
        String where =
            window.town() >= 0
                ? city.areas.name(window.town())
                : window.ward() >= 0 ? city.wardName(window.ward()) + "内" : "市内";
        subject = where + dice.pick(ConsultationPhrases.UNIDENTIFIED);
      }
      List<String> domains = new ArrayList<>(2);
      domains.add(DOMAINS.draw(dice));
      String second = DOMAINS.draw(dice);
      if (dice.chance(0.3) && !domains.contains(second)) {
        domains.add(second);
      }
      Intake intake =
          newIntake(
              city,
              window,
              received,
              personId,
              subject,
              domains,
              URGENCY.draw(dice),
              city.staff.pick(window.org(), dice));
      if (!isNew) {
        intake.closedWithoutCase(
            dice.pick(ConsultationPhrases.NO_CASE_REASONS),
            dice.later(received, city.now, 7),
            city.staff.pick(window.receivingOrg(), dice).id());
      }
      city.data.intakes.add(intake);
    }
  }
}
