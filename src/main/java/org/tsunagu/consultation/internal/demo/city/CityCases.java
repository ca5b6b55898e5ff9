package org.tsunagu.consultation.internal.demo.city;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.tsunagu.consultation.bulk.ConsultationData;
import org.tsunagu.consultation.bulk.ConsultationRows;
import org.tsunagu.consultation.bulk.ConsultationRows.Intake;
import org.tsunagu.consultation.bulk.ConsultationRows.SupportCase;
import org.tsunagu.people.AccessGround;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.people.bulk.CityPersons;
import org.tsunagu.people.bulk.CityStaff;
import org.tsunagu.people.bulk.PeopleRows;
import org.tsunagu.platform.demo.Dice;
import org.tsunagu.platform.demo.Weighted;

/**
 * The cases of the city-scale set, opened over the three years before today, each with its intake,
 * needs, timeline, support plan and referrals. About 70% are closed. Ward 社協, 包括 and 自立相談 lead
 * about 40%, 40% and 20% of them; the persons are mostly the elderly living alone and the others,
 * some with two cases.
 */
final class CityCases {

  static final int YEARS_BACK_DAYS = 3 * 365;

  enum Lead {
    SHAKYO,
    HOUKATSU,
    SELF_RELIANCE
  }

  /** A case before its id is known: cases are numbered in the order they were opened. */
  private record Draft(
      int person,
      Lead lead,
      int leadOrg,
      OffsetDateTime openedAt,
      OffsetDateTime closedAt,
      String status,
      String urgency,
      int referrals) {}

  private static final Weighted<String> URGENCY =
      new Weighted<String>().add("EMERGENCY", 1).add("HIGH", 9).add("NORMAL", 80).add("LOW", 10);
  private static final Weighted<String> CLOSED_REASON =
      new Weighted<String>()
          .add("RESOLVED", 45)
          .add("TRANSFERRED", 12)
          .add("PERSON_DECLINED", 10)
          .add("MOVED_AWAY", 8)
          .add("DIED", 7)
          .add("NO_CONTACT", 8)
          .add("OTHER", 10);
  private static final Weighted<String> EXTRA_ENTRY =
      new Weighted<String>()
          .add("VISIT", 30)
          .add("CALL", 30)
          .add("OUTREACH", 10)
          .add("NOTE", 20)
          .add("DECISION", 10);

  /** Cases written per batch, which bounds the heap the generation needs. */
  static final int BATCH = 10_000;

  private final CityContext city;
  private final Consumer<String> progress;
  private final CityReferrals referrals;
  private final CityPlans plans;
  private final List<CaseFacts> facts = new ArrayList<>();

  CityCases(CityContext city, Consumer<String> progress) {
    this.city = city;
    this.progress = progress;
    this.referrals = new CityReferrals(city);
    this.plans = new CityPlans(city);
  }

  /** Generates {@code count} cases with {@code referralCount} referrals in all. */
  List<CaseFacts> generate(int count, int referralCount) throws SQLException {
    int[] referralsPerCase = referralsPerCase(count, referralCount);
    List<Draft> drafts = new ArrayList<>(count);
    List<Integer> personsWithCase = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      drafts.add(draft(personsWithCase, referralsPerCase[i]));
    }
    drafts.sort(Comparator.comparing(Draft::openedAt));
    for (int i = 0; i < drafts.size(); i++) {
      write(drafts.get(i), i + 1);
      drafts.set(i, null);
      if ((i + 1) % BATCH == 0 || i + 1 == drafts.size()) {
        city.flush();
        progress.accept("cases written " + (i + 1));
      }
    }
    return facts;
  }

  /**
   * Referrals per case: 20% none, 30% one, 30% two, 20% three (1.5 on average), adjusted to the
   * exact total and shuffled.
   */
  private int[] referralsPerCase(int count, int total) {
    int[] perCase = new int[count];
    int sum = 0;
    for (int i = 0; i < count; i++) {
      double x = (double) i / count;
      perCase[i] = x < 0.2 ? 0 : x < 0.5 ? 1 : x < 0.8 ? 2 : 3;
      sum += perCase[i];
    }
    Dice dice = city.dice;
    while (sum != total && count > 0) {
      int i = dice.nextInt(count);
      if (sum < total && perCase[i] < 4) {
        perCase[i]++;
        sum++;
      } else if (sum > total && perCase[i] > 0) {
        perCase[i]--;
        sum--;
      }
    }
    for (int i = count - 1; i > 0; i--) {
      int j = dice.nextInt(i + 1);
      int t = perCase[i];
      perCase[i] = perCase[j];
      perCase[j] = t;
    }
    return perCase;
  }

  private Draft draft(List<Integer> personsWithCase, int referralCount) {
    Dice dice = city.dice;
    int person;
    if (!personsWithCase.isEmpty() && dice.chance(0.08)) {
      person = dice.pick(personsWithCase);
    } else {
      person = adultPerson();
      personsWithCase.add(person);
    }
    boolean elderly = city.persons.age(person) >= 65;
    // Case persons are about 80% elderly: this gives ward 社協, 包括 and 自立相談 about 40/40/20.
    Lead lead = elderly ? weighted(dice, 39, 47, 14) : weighted(dice, 45, 5, 50);
    int ward = city.persons.ward(person);
    int leadOrg =
        switch (lead) {
          case SHAKYO -> city.orgs.ward(ward).shakyo();
          case HOUKATSU -> houkatsuOf(person);
          case SELF_RELIANCE -> city.orgs.ward(ward).selfReliance();
        };
    String urgency = URGENCY.draw(dice);
    if (dice.chance(0.7)) {
      int daysAgo = dice.between(14, YEARS_BACK_DAYS);
      LocalDate openedOn = dice.workingDayOnOrBefore(city.today.minusDays(daysAgo));
      int length = (int) Math.min(daysAgo - 2, 7 - 100 * Math.log(1 - dice.nextDouble()));
      LocalDate closedOn = dice.workingDayOnOrBefore(openedOn.plusDays(Math.max(1, length)));
      if (!closedOn.isAfter(openedOn)) {
        closedOn = openedOn.plusDays(1);
      }
      OffsetDateTime opened = dice.officeTime(openedOn);
      OffsetDateTime closed = dice.officeTime(closedOn);
      return new Draft(person, lead, leadOrg, opened, closed, "CLOSED", urgency, referralCount);
    }
    int daysAgo = Math.max(1, (int) (YEARS_BACK_DAYS * Math.pow(dice.nextDouble(), 2.2)));
    String status =
        daysAgo < 30
            ? (dice.chance(0.6) ? "OPEN" : "SUPPORTING")
            : (dice.chance(0.7) ? "SUPPORTING" : "MONITORING");
    OffsetDateTime opened =
        dice.officeTime(dice.workingDayOnOrBefore(city.today.minusDays(daysAgo)));
    return new Draft(person, lead, leadOrg, opened, null, status, urgency, referralCount);
  }

  private static Lead weighted(Dice dice, double shakyo, double houkatsu, double selfReliance) {
    double x = dice.nextDouble() * (shakyo + houkatsu + selfReliance);
    return x < shakyo ? Lead.SHAKYO : x < shakyo + houkatsu ? Lead.HOUKATSU : Lead.SELF_RELIANCE;
  }

  /** The elderly living alone (55%), the others (40%) or the supporters (5%); adults only. */
  private int adultPerson() {
    CityPersons persons = city.persons;
    Dice dice = city.dice;
    while (true) {
      double x = dice.nextDouble();
      int from;
      int size;
      if (x < 0.55) {
        from = 0;
        size = persons.elderlyAlone();
      } else if (x < 0.95) {
        from = persons.elderlyAlone() + persons.supporters();
        size = persons.size() - from;
      } else {
        from = persons.elderlyAlone();
        size = persons.supporters();
      }
      if (size == 0) {
        continue;
      }
      int person = from + dice.nextInt(size);
      if (persons.age(person) >= 18) {
        return person;
      }
    }
  }

  private int houkatsuOf(int person) {
    return city.orgs.houkatsuOf(city.areas.parent(city.persons.town(person)));
  }

  private void write(Draft d, int number) {
    Dice dice = city.dice;
    ConsultationData data = city.data;
    long id = city.ids.cases.next();
    int person = d.person();
    long personId = city.persons.id(person);
    CityStaff.Member worker = city.staff.pick(d.leadOrg(), dice);
    List<String> needs = needs(d.lead());
    String title = dice.pick(ConsultationPhrases.TITLES.get(SupportDomain.valueOf(needs.get(0))));
    OffsetDateTime limit = d.closedAt() != null ? d.closedAt() : city.now;
    SupportCase c =
        new SupportCase(
            id,
            // As the application numbers them: the year opened and the reference sequence.
            String.format("%d-%06d", d.openedAt().getYear(), number),
            personId,
            null,
            null,
            title,
            city.orgs.id(d.leadOrg()),
            worker.id(),
            city.areas.id(city.persons.town(person)),
            d.urgency(),
            d.openedAt());
    c.status(d.status());
    data.cases.add(c);
    needs.forEach(n -> data.needs.add(new ConsultationRows.Need(id, n)));
    data.relationships.add(
        new PeopleRows.DatedRelationship(
            city.ids.relationships.next(),
            personId,
            c.leadOrgId,
            "CASE",
            "case:" + id,
            AccessGround.NONE,
            d.openedAt(),
            null,
            null));

    ConsultationRows.Basis intakeBasis = intake(d, c, worker, needs, personId);
    boolean justOpened = Duration.between(d.openedAt(), limit).toDays() < 3;
    if (!(d.status().equals("OPEN") && justOpened && dice.chance(0.5))) {
      OffsetDateTime contact = dice.later(d.openedAt(), limit, 5);
      c.firstContact(contact);
      String kind = dice.chance(0.3) ? "CALL" : dice.chance(0.6) ? "CONTACT" : "VISIT";
      entry(c, kind, contact, worker);
      if (!d.status().equals("OPEN")) {
        OffsetDateTime supporting = dice.later(contact, limit, 7);
        status(c, "SUPPORTING", supporting, worker);
        if (d.status().equals("MONITORING")) {
          status(c, "MONITORING", dice.later(supporting, limit, 180), worker);
        }
      }
      int more = dice.between(1, 4);
      for (int e = 0; e < more; e++) {
        entry(c, EXTRA_ENTRY.draw(dice), dice.later(contact, limit, 120), worker);
      }
    }
    if (d.closedAt() != null) {
      String reason = CLOSED_REASON.draw(dice);
      c.close(
          d.closedAt(),
          reason,
          dice.chance(0.3) ? dice.pick(ConsultationPhrases.CLOSED_NOTES) : null);
      data.entries.add(
          ConsultationRows.Entry.system(
              id, "STATUS", "closed", reason, d.closedAt(), worker.id(), c.leadOrgId));
    } else {
      LocalDate review = dice.workingDayOnOrBefore(city.today.plusDays(dice.between(-20, 70)));
      LocalDate earliest = d.openedAt().toLocalDate().plusDays(7);
      c.reviewOn(review.isBefore(earliest) ? earliest : review);
    }

    CityReferrals.Outcome referred =
        referrals.forCase(
            new CityReferrals.CaseContext(
                c,
                person,
                d.leadOrg(),
                worker,
                city.persons.ward(person),
                needs,
                city.persons.age(person),
                intakeBasis),
            d.referrals());
    plans.forCase(c, worker, d.leadOrg(), referred.partners(), limit);
    facts.add(
        new CaseFacts(
            id,
            person,
            personId,
            city.persons.ward(person),
            d.leadOrg(),
            worker.id(),
            d.openedAt(),
            d.closedAt(),
            referred.partners().stream().map(CityReferrals.Partner::org).toList(),
            List.copyOf(referred.seeing()),
            intakeBasis != null));
  }

  private List<String> needs(Lead lead) {
    Weighted<String> weights = DOMAINS.get(lead.ordinal());
    int count = city.dice.chance(0.4) ? 1 : city.dice.chance(0.67) ? 2 : 3;
    List<String> needs = new ArrayList<>(count);
    for (int tries = 0; needs.size() < count && tries < 20; tries++) {
      String domain = weights.draw(city.dice);
      if (!needs.contains(domain)) {
        needs.add(domain);
      }
    }
    return needs;
  }

  private static final List<Weighted<String>> DOMAINS =
      List.of(
          new Weighted<String>()
              .add("ISOLATION", 20)
              .add("POVERTY_DEBT", 20)
              .add("ELDERLY_CARE", 12)
              .add("HOARDING", 8)
              .add("FOOD", 8)
              .add("HOUSING", 6)
              .add("CHILD_REARING", 6)
              .add("OTHER", 6)
              .add("DISABILITY", 5)
              .add("ADDICTION", 4)
              .add("ABUSE_DV", 3)
              .add("HEALTH", 2),
          new Weighted<String>()
              .add("ELDERLY_CARE", 40)
              .add("ISOLATION", 15)
              .add("HEALTH", 15)
              .add("POVERTY_DEBT", 8)
              .add("ABUSE_DV", 6)
              .add("HOARDING", 6)
              .add("HOUSING", 4)
              .add("FOOD", 3)
              .add("OTHER", 3),
          new Weighted<String>()
              .add("POVERTY_DEBT", 40)
              .add("EMPLOYMENT", 25)
              .add("HOUSING", 12)
              .add("FOOD", 8)
              .add("HEALTH", 5)
              .add("ADDICTION", 5)
              .add("ISOLATION", 5));

  /**
   * The intake the case came from, handled when the case opened; returns the case basis made of the
   * consent given at intake, if the person gave one.
   */
  private ConsultationRows.Basis intake(
      Draft d, SupportCase c, CityStaff.Member worker, List<String> needs, long personId) {
    Dice dice = city.dice;
    CityWindows.CityWindow window = city.windows.intakeWindowOf(d.leadOrg(), dice);
    OffsetDateTime received =
        window.kind().equals("SALON")
            ? dice.officeTime(d.openedAt().toLocalDate().minusDays(dice.between(1, 5)))
            : dice.shortlyBefore(d.openedAt());
    CityStaff.Member recorder =
        window.org() == d.leadOrg() ? worker : city.staff.pick(window.org(), dice);
    Intake intake =
        CityIntakes.newIntake(city, window, received, personId, null, needs, d.urgency(), recorder)
            .becameCase(c.id, d.openedAt(), worker.id());
    city.data.intakes.add(intake);
    city.data.entries.add(
        ConsultationRows.Entry.system(
            c.id, "INTAKE", "intake", window.name(), d.openedAt(), worker.id(), c.leadOrgId));
    if (intake.consentId == null) {
      return null;
    }
    ConsultationRows.Basis basis =
        new ConsultationRows.Basis(
            city.ids.bases.next(),
            c.id,
            "CONSENT",
            intake.consentId,
            null,
            "intake",
            worker.id(),
            d.openedAt(),
            null,
            null);
    city.data.bases.add(basis);
    city.data.entries.add(
        ConsultationRows.Entry.system(
            c.id, "DECISION", "basis", "CONSENT", d.openedAt(), worker.id(), c.leadOrgId));
    return basis;
  }

  /** A status change, as the application writes it on the timeline. */
  private void status(SupportCase c, String status, OffsetDateTime at, CityStaff.Member worker) {
    city.data.entries.add(
        ConsultationRows.Entry.system(
            c.id, "STATUS", "status", status, at, worker.id(), c.leadOrgId));
  }

  private void entry(SupportCase c, String kind, OffsetDateTime at, CityStaff.Member author) {
    city.data.entries.add(
        ConsultationRows.Entry.manual(
            c.id,
            kind,
            at,
            city.dice.pick(ConsultationPhrases.WORK_ENTRIES.get(kind)),
            author.id(),
            c.leadOrgId));
  }
}
