package org.tsunagu.consultation.internal.demo.city;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tsunagu.consultation.bulk.ConsultationData;
import org.tsunagu.consultation.bulk.ConsultationRows;
import org.tsunagu.consultation.bulk.ConsultationRows.Intake;
import org.tsunagu.consultation.bulk.ConsultationRows.SupportCase;
import org.tsunagu.people.AccessGround;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.people.bulk.CityStaff;
import org.tsunagu.people.bulk.PeopleRows;
import org.tsunagu.platform.demo.Dice;

/**
 * Writes the cases of the city-scale set ({@link CaseDrafts}) in the order they were opened, each
 * with its intake, needs, timeline, support plan and referrals, and the relationship of its lead
 * organisation to the person.
 */
final class CityCases {

  /** Cases written per batch, which bounds the heap the generation needs. */
  static final int BATCH = 10_000;

  private final CityContext city;
  private final Consumer<String> progress;
  private final CaseTimeline timeline;
  private final CityReferrals referrals;
  private final CityPlans plans;
  private final List<CaseFacts> facts = new ArrayList<>();

  CityCases(CityContext city, Consumer<String> progress) {
    this.city = city;
    this.progress = progress;
    this.timeline = new CaseTimeline(city);
    this.referrals = new CityReferrals(city);
    this.plans = new CityPlans(city);
  }

  /** Generates {@code count} cases with {@code referralCount} referrals in all. */
  List<CaseFacts> generate(int count, int referralCount) throws SQLException {
    List<CaseDrafts.Draft> drafts = new CaseDrafts(city).draw(count, referralCount);
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

  private void write(CaseDrafts.Draft d, int number) {
    Dice dice = city.dice;
    ConsultationData data = city.data;
    long id = city.ids.cases.next();
    int person = d.person();
    long personId = city.persons.id(person);
    CityStaff.Member worker = city.staff.pick(d.leadOrg(), dice);
    List<String> needs = CaseNeeds.draw(d.lead(), dice);
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
    timeline.write(d, c, worker, limit);

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

  /**
   * The intake the case came from, handled when the case opened; returns the case basis made of the
   * consent given at intake, if the person gave one.
   */
  private ConsultationRows.Basis intake(
      CaseDrafts.Draft d,
      SupportCase c,
      CityStaff.Member worker,
      List<String> needs,
      long personId) {
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
}
