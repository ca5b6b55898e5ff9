package org.tsunagu.consultation.internal.demo.city;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tsunagu.people.bulk.CityPersons;
import org.tsunagu.platform.demo.Dice;
import org.tsunagu.platform.demo.Weighted;

/**
 * The cases of the city-scale set before they are written: whose, led by whom, opened and closed
 * when, and how many referrals each makes. Cases open over the three years before today and about
 * 70% are closed; ward 社協, 包括 and 自立相談 lead about 40%, 40% and 20%; the persons are mostly the
 * elderly living alone and the others, some with two cases.
 */
final class CaseDrafts {

  static final int YEARS_BACK_DAYS = 3 * 365;

  enum Lead {
    SHAKYO,
    HOUKATSU,
    SELF_RELIANCE
  }

  /** A case before its id is known: cases are numbered in the order they were opened. */
  record Draft(
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

  private final CityContext city;

  CaseDrafts(CityContext city) {
    this.city = city;
  }

  /**
   * {@code count} cases with {@code referralCount} referrals in all, in the order they were opened.
   */
  List<Draft> draw(int count, int referralCount) {
    int[] referralsPerCase = referralsPerCase(count, referralCount);
    List<Draft> drafts = new ArrayList<>(count);
    List<Integer> personsWithCase = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      drafts.add(draft(personsWithCase, referralsPerCase[i]));
    }
    drafts.sort(Comparator.comparing(Draft::openedAt));
    return drafts;
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
}
