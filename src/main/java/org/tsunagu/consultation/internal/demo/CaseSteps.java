package org.tsunagu.consultation.internal.demo;

import java.time.Instant;
import java.time.LocalDate;
import org.tsunagu.consultation.internal.casework.CaseBases;
import org.tsunagu.consultation.internal.casework.CaseStatus;
import org.tsunagu.consultation.internal.casework.ClosedReason;
import org.tsunagu.consultation.internal.casework.EntryKind;
import org.tsunagu.consultation.internal.casework.Plans;
import org.tsunagu.consultation.internal.casework.SupportCase;
import org.tsunagu.people.ConsentRequest;
import org.tsunagu.platform.demo.DemoActor;
import org.tsunagu.platform.time.TokyoClock;

/**
 * The steps of the demo town's casework, each one service call made by a demo login at a past
 * moment, as a worker would make it on the screens: take an intake, open a case from it, write on
 * its timeline, change its status, plan, review, record a basis for sharing, close.
 */
final class CaseSteps {

  /** A case of the demo town and the login of its lead worker, who acts for the lead. */
  record DemoCase(long id, String lead) {}

  private final DemoScene scene;
  private final DemoActor actor;
  private final DemoServices services;

  CaseSteps(DemoScene scene, DemoActor actor, DemoServices services) {
    this.scene = scene;
    this.actor = actor;
    this.services = services;
  }

  DemoScene scene() {
    return scene;
  }

  /** An intake recorded by {@code login} at {@code at}, received that day. */
  long intake(DemoIntake intake, Instant at, String login) {
    LocalDate receivedOn = LocalDate.ofInstant(at, TokyoClock.ZONE);
    return actor.at(
        at,
        login,
        user ->
            services
                .intakeRecording()
                .record(user, intake.input(scene.window(intake.window()), receivedOn)));
  }

  /** The receiving organisation's worker names the person an intake was about. */
  void identify(long intakeId, long personId, Instant at, String login) {
    actor.act(at, login, user -> services.intakeHandling().identify(user, intakeId, personId));
  }

  void closeWithoutCase(long intakeId, String reason, Instant at, String login) {
    actor.act(
        at, login, user -> services.intakeHandling().closeWithoutCase(user, intakeId, reason));
  }

  /** A case opened from the intake, led by {@code lead}'s organisation and worker. */
  DemoCase open(long intakeId, String title, Instant at, String lead) {
    long id =
        actor.at(at, lead, user -> services.intakeHandling().openCase(user, intakeId, title, null));
    return new DemoCase(id, lead);
  }

  /** A contact with the person (visit, call…) written on the timeline by the lead worker. */
  void contact(DemoCase c, EntryKind kind, Instant at, String summary) {
    entry(c, kind, at, summary, c.lead());
  }

  void entry(DemoCase c, EntryKind kind, Instant at, String summary, String login) {
    actor.act(at, login, user -> services.cases().addEntry(user, c.id(), kind, at, summary));
  }

  void status(DemoCase c, CaseStatus status, Instant at) {
    actor.act(
        at, c.lead(), user -> services.cases().changeStatus(user, c.id(), version(c), status));
  }

  void reviewOn(DemoCase c, LocalDate day, Instant at) {
    actor.act(
        at, c.lead(), user -> services.planReviews().scheduleReview(user, c.id(), version(c), day));
  }

  /** A plan review (モニタリング) on the day of {@code at}, and when to look again. */
  void review(DemoCase c, String note, LocalDate next, Instant at) {
    LocalDate on = LocalDate.ofInstant(at, TokyoClock.ZONE);
    actor.act(at, c.lead(), user -> services.planReviews().review(user, c.id(), on, note, next));
  }

  long goal(DemoCase c, String text, Instant at) {
    return actor.at(at, c.lead(), user -> services.plans().addGoal(user, c.id(), text));
  }

  void goalReached(long goal, Instant at, String login) {
    actor.act(
        at, login, user -> services.plans().setGoalStatus(user, goal, Plans.GoalStatus.ACHIEVED));
  }

  /**
   * An action of the plan, set by the lead: {@code login} of {@code org} does it by {@code due}.
   */
  long action(
      DemoCase c, long goal, String what, String org, String login, LocalDate due, Instant at) {
    Plans.ActionInput in =
        new Plans.ActionInput(goal, what, scene.org(org), scene.user(login), due, null);
    return actor.at(at, c.lead(), user -> services.plans().addAction(user, c.id(), in));
  }

  void done(long action, Instant at, String login) {
    actor.act(
        at, login, user -> services.plans().setActionStatus(user, action, Plans.ActionStatus.DONE));
  }

  void close(DemoCase c, ClosedReason reason, String note, Instant at) {
    actor.act(
        at, c.lead(), user -> services.caseClosing().close(user, c.id(), version(c), reason, note));
  }

  /** The person's written consent to share with {@code org}, a basis of the case from then on. */
  long consent(DemoCase c, String org, Instant at) {
    ConsentRequest consent =
        new ConsentRequest(
            null,
            scene.org(org),
            null,
            "PERSON",
            null,
            null,
            "WRITTEN",
            LocalDate.ofInstant(at, TokyoClock.ZONE).toString(),
            null);
    return actor.at(
        at, c.lead(), user -> services.bases().recordConsent(user, c.id(), consent, null));
  }

  /** An emergency: the lead decides to share without consent, and says why. */
  long emergency(DemoCase c, String reason, Instant at) {
    return actor.at(
        at,
        c.lead(),
        user -> services.bases().recordLegal(user, c.id(), CaseBases.Kind.EMERGENCY, reason, null));
  }

  SupportCase read(DemoCase c) {
    return services.caseStore().find(c.id()).orElseThrow();
  }

  private int version(DemoCase c) {
    return read(c).version();
  }
}
