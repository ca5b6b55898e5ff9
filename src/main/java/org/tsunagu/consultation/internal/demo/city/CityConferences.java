package org.tsunagu.consultation.internal.demo.city;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tsunagu.consultation.bulk.ConsultationData;
import org.tsunagu.consultation.bulk.ConsultationRows;
import org.tsunagu.people.bulk.CityStaff;
import org.tsunagu.platform.demo.Dice;

/**
 * Case conferences of the city-scale set: 支援会議 (社会福祉法 第106条の6) and 重層的支援会議 on one to three cases of
 * a ward that were open on the day, with the organisations working them. A held 支援会議 is the basis
 * on which its members may see the persons discussed (a case basis and, for each member other than
 * the lead, an access basis in the people module) until the case closes. Held conferences record
 * decisions, some as plan actions.
 */
final class CityConferences {

  private final CityContext city;
  private final ConferenceOutcomes outcomes;
  private final Map<Integer, List<CaseFacts>> byWard = new HashMap<>();

  CityConferences(CityContext city, List<CaseFacts> cases) {
    this.city = city;
    this.outcomes = new ConferenceOutcomes(city);
    for (CaseFacts f : cases) {
      byWard.computeIfAbsent(f.ward(), w -> new ArrayList<>()).add(f);
    }
  }

  void generate(List<CaseFacts> cases, int count) {
    Dice dice = city.dice;
    int made = 0;
    for (int tries = 0; made < count && tries < 20 * count && !cases.isEmpty(); tries++) {
      CaseFacts anchor = dice.pick(cases);
      LocalDate first = anchor.openedAt().toLocalDate().plusDays(7);
      LocalDate last =
          anchor.open() ? city.today.plusDays(21) : anchor.closedAt().toLocalDate().minusDays(1);
      if (last.isBefore(first)) {
        continue;
      }
      made++;
      LocalDate heldOn =
          first.plusDays(dice.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
      List<CaseFacts> discussed = new ArrayList<>(List.of(anchor));
      int extra = dice.chance(0.6) ? 0 : dice.chance(0.75) ? 1 : 2;
      List<CaseFacts> ward = byWard.get(anchor.ward());
      for (int pick = 0; discussed.size() < 1 + extra && pick < 20; pick++) {
        CaseFacts other = dice.pick(ward);
        if (!discussed.contains(other) && openOn(other, heldOn)) {
          discussed.add(other);
        }
      }
      conference(anchor, discussed, heldOn);
    }
  }

  private boolean openOn(CaseFacts f, LocalDate day) {
    return f.openedAt().toLocalDate().isBefore(day.minusDays(6))
        && (f.open() || f.closedAt().toLocalDate().isAfter(day));
  }

  private void conference(CaseFacts anchor, List<CaseFacts> discussed, LocalDate heldOn) {
    Dice dice = city.dice;
    ConsultationData data = city.data;
    boolean supportMeeting = dice.chance(0.4);
    boolean held = heldOn.isBefore(city.today);
    int ward = anchor.ward();
    int convener =
        supportMeeting
            ? (dice.chance(0.4) ? city.orgs.cityOffice() : city.orgs.ward(ward).shakyo())
            : (dice.chance(0.7) ? city.orgs.ward(ward).shakyo() : anchor.leadOrg());
    CityStaff.Member convenedBy = city.staff.pick(convener, dice);
    long id = city.ids.conferences.next();
    String date = heldOn.getMonthValue() + "月" + heldOn.getDayOfMonth() + "日";
    data.conferences.add(
        new ConsultationRows.Conference(
            id,
            supportMeeting ? "SUPPORT_MEETING" : "MULTI_AGENCY",
            city.wardName(ward) + (supportMeeting ? "支援会議（" : "重層的支援会議（") + date + "）",
            heldOn,
            convener == city.orgs.cityOffice() ? city.wardName(ward) + "役所 会議室" : "区社協 会議室",
            city.orgs.id(convener),
            convenedBy.id(),
            held ? "各機関の役割分担と今後の支援方針を確認した。" : null,
            held ? "HELD" : "PLANNED"));
    Set<Integer> invited = new LinkedHashSet<>();
    invited.add(convener);
    for (CaseFacts f : discussed) {
      invited.add(f.leadOrg());
      invited.addAll(f.partners());
    }
    List<Integer> members = invited.stream().limit(7).toList();
    OffsetDateTime meetingAt = Dice.startOf(heldOn).plusHours(10);
    boolean acknowledged = held && supportMeeting;
    for (int org : members) {
      CityStaff.Member member = city.staff.of(org).get(0);
      data.participants.add(
          new ConsultationRows.Participant(
              id,
              city.orgs.id(org),
              member.displayName(),
              acknowledged ? meetingAt : null,
              acknowledged ? member.id() : null));
    }
    String title = data.conferences.get(data.conferences.size() - 1).title();
    for (CaseFacts f : discussed) {
      data.conferenceCases.add(new ConsultationRows.ConferenceCase(id, f.id()));
      data.entries.add(
          ConsultationRows.Entry.system(
              f.id(),
              "CONFERENCE",
              "conference",
              title,
              scheduledAt(f, heldOn),
              convenedBy.id(),
              city.orgs.id(convener)));
      if (acknowledged) {
        outcomes.shareOnAcknowledgement(id, f, members, meetingAt, convenedBy);
      }
      if (held) {
        outcomes.decisions(id, f, meetingAt, convenedBy, convener, supportMeeting);
      }
    }
  }

  /** When the conference was put on the case: a week before the day, and never after now. */
  private OffsetDateTime scheduledAt(CaseFacts f, LocalDate heldOn) {
    OffsetDateTime week = Dice.startOf(heldOn.minusDays(7)).plusHours(17);
    OffsetDateTime limit = week.isBefore(city.now) ? week : city.now;
    return city.dice.later(f.openedAt().isAfter(limit) ? limit : f.openedAt(), limit, 7);
  }
}
