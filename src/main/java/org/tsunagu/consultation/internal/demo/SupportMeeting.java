package org.tsunagu.consultation.internal.demo;

import static org.tsunagu.consultation.internal.demo.DemoScene.CITY;
import static org.tsunagu.consultation.internal.demo.DemoScene.HOUKATSU_NORTH;
import static org.tsunagu.consultation.internal.demo.DemoScene.NPO_OUTREACH;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tsunagu.consultation.internal.casework.Plans;
import org.tsunagu.consultation.internal.conference.ConferenceConvening;
import org.tsunagu.consultation.internal.conference.Conferences;
import org.tsunagu.consultation.internal.demo.CaseSteps.DemoCase;
import org.tsunagu.platform.demo.DemoActor;

/**
 * The 支援会議 (社会福祉法 第106条の6) about the first case, ten days ago, convened by the 社協: each member
 * organisation's worker acknowledged the duty of confidentiality for it, the minutes were written,
 * and its decisions became a plan action and the case's legal basis for sharing.
 */
final class SupportMeeting {

  /** The members other than the convener, and the login who signs for each. */
  private static final Map<String, String> MEMBERS =
      Map.of(HOUKATSU_NORTH, "agency", CITY, "municipal", NPO_OUTREACH, "staff-yorisoi");

  private static final String VISITS = "包括と社協が週1回交代で訪問する";

  private final DemoScene scene;
  private final DemoActor actor;
  private final DemoServices services;

  SupportMeeting(DemoScene scene, DemoActor actor, DemoServices services) {
    this.scene = scene;
    this.actor = actor;
    this.services = services;
  }

  void hold(DemoCase c) {
    LocalDate heldOn = scene.day(-10);
    String title = "北部圏域 支援会議（" + heldOn.getMonthValue() + "月" + heldOn.getDayOfMonth() + "日）";
    List<ConferenceConvening.Participant> members =
        MEMBERS.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(
                m ->
                    new ConferenceConvening.Participant(
                        scene.org(m.getKey()), scene.displayName(m.getValue())))
            .toList();
    ConferenceConvening.NewConference meeting =
        new ConferenceConvening.NewConference(
            Conferences.Kind.SUPPORT_MEETING,
            title,
            heldOn,
            "古河市社会福祉協議会 会議室",
            List.of(c.id()),
            members);
    long id =
        actor.at(
            scene.at(17, 10, 0), c.lead(), user -> services.convening().convene(user, meeting));

    Instant meetingAt = scene.at(10, 14, 0);
    acknowledge(id, c.lead(), meetingAt);
    MEMBERS.values().stream().sorted().forEach(login -> acknowledge(id, login, meetingAt));

    Instant after = scene.at(10, 15, 0);
    actor.act(
        after,
        c.lead(),
        user -> {
          int version = services.conferences().view(user, id).version();
          services
              .outcomes()
              .recordMinutes(user, id, version, "母親の安全確保を最優先とし、包括と社協が交代で訪問する。息子には断酒の支援を勧める。");
          Plans.ActionInput visits =
              new Plans.ActionInput(
                  null,
                  VISITS,
                  scene.org(HOUKATSU_NORTH),
                  scene.user("agency"),
                  scene.day(4),
                  null);
          services.outcomes().decide(user, id, c.id(), VISITS, visits);
          services.outcomes().decide(user, id, c.id(), "息子の同意が得られれば断酒会につなぐ", null);
        });
  }

  /** A worker of a participant organisation opens the conference and signs for it. */
  private void acknowledge(long conference, String login, Instant at) {
    long org = scene.orgOf(login);
    actor.act(
        at,
        login,
        user -> {
          long participant =
              services.conferences().view(user, conference).participants().stream()
                  .filter(p -> p.organizationId() == org)
                  .findFirst()
                  .orElseThrow()
                  .id();
          services.acknowledgements().acknowledge(user, participant);
        });
  }
}
