package org.tsunagu.consultation.internal.demo;

import static org.tsunagu.consultation.internal.demo.DemoScene.HOUKATSU_NORTH;
import static org.tsunagu.consultation.internal.demo.DemoScene.NPO_CHILDREN;
import static org.tsunagu.consultation.internal.demo.DemoScene.NPO_OUTREACH;
import static org.tsunagu.consultation.internal.demo.DemoScene.SELF_RELIANCE;
import static org.tsunagu.consultation.internal.demo.DemoScene.SHAKYO;
import static org.tsunagu.people.SupportDomain.CHILD_REARING;
import static org.tsunagu.people.SupportDomain.ELDERLY_CARE;
import static org.tsunagu.people.SupportDomain.ISOLATION;
import static org.tsunagu.people.SupportDomain.POVERTY_DEBT;

import org.tsunagu.consultation.DeclineReason;
import org.tsunagu.consultation.Urgency;
import org.tsunagu.consultation.internal.casework.CaseStatus;
import org.tsunagu.consultation.internal.casework.ClosedReason;
import org.tsunagu.consultation.internal.casework.EntryKind;
import org.tsunagu.consultation.internal.demo.CaseSteps.DemoCase;
import org.tsunagu.consultation.internal.referral.Referral;
import org.tsunagu.people.bulk.SeededResidents.Resident;

/**
 * Two more of the 社協's cases: a family's budget and childcare (the 自立相談 helping, a childcare NPO
 * declining two days ago for lack of places, not yet seen by the coordinator) and a return home
 * from hospital, closed months ago once home care had started.
 */
final class ShakyoStories {

  private final CaseSteps cases;
  private final ReferralSteps referrals;
  private final DemoScene scene;

  ShakyoStories(CaseSteps cases, ReferralSteps referrals) {
    this.cases = cases;
    this.referrals = referrals;
    this.scene = cases.scene();
  }

  void tell() {
    familyBudget();
    closedAfterHospital();
  }

  private void familyBudget() {
    Resident mother =
        scene.person(
            "coordinator",
            r -> r.householdId() != null && r.age() >= 28 && r.age() <= 45 && !r.male());
    long intake =
        cases.intake(
            DemoIntake.of(
                    "shakyo-counter",
                    "IN_PERSON",
                    "SELF",
                    "仕事と子育ての両立が限界です。月末になると食費が足りません",
                    Urgency.NORMAL,
                    CHILD_REARING,
                    POVERTY_DEBT)
                .about(mother.id())
                .sharing(),
            scene.at(21, 10, 40),
            "coordinator");
    DemoCase c = cases.open(intake, "子育て世帯の家計と育児の不安", scene.at(21, 11, 0), "coordinator");
    cases.reviewOn(c, scene.day(21), scene.at(21, 11, 5));
    cases.contact(c, EntryKind.CONTACT, scene.at(21, 11, 30), "本人と面談し、家計と子育ての困りごとを聞き取った");
    cases.status(c, CaseStatus.SUPPORTING, scene.at(21, 12, 0));
    referrals
        .refer(
            c,
            SELF_RELIANCE,
            scene.at(18, 10, 0),
            cases.consent(c, SELF_RELIANCE, scene.at(18, 9, 50)),
            POVERTY_DEBT)
        .opened(scene.at(18, 14, 0), "staff-jiritsu")
        .accepted(scene.at(17, 10, 0), "staff-jiritsu");
    long budget = cases.goal(c, "生活費の見通しを立てる", scene.at(17, 15, 0));
    cases.action(
        c,
        budget,
        "家計の状況を一緒に整理する",
        SELF_RELIANCE,
        "staff-jiritsu",
        scene.day(7),
        scene.at(17, 15, 5));
    // Declined two days ago; the coordinator has not looked at the answer yet.
    referrals
        .refer(
            c,
            NPO_CHILDREN,
            scene.at(6, 10, 0),
            cases.consent(c, NPO_CHILDREN, scene.at(6, 9, 50)),
            CHILD_REARING)
        .opened(scene.at(5, 9, 0), "staff-kosodate")
        .declined(scene.at(2, 16, 0), "staff-kosodate", DeclineReason.NO_CAPACITY, "今年度の定員に達しています");
  }

  private void closedAfterHospital() {
    Resident person =
        scene.person("coordinator", r -> r.alone() && r.age() >= 70 && DemoScene.north(r));
    long intake =
        cases.intake(
            DemoIntake.of(
                    "shakyo-phone",
                    "PHONE",
                    "PROFESSIONAL",
                    "来週退院する方が一人暮らしで、買い物やごみ出しが難しい（病院の相談員より）",
                    Urgency.NORMAL,
                    ELDERLY_CARE,
                    ISOLATION)
                .about(person.id()),
            scene.at(200, 9, 40),
            "coordinator");
    DemoCase c = cases.open(intake, "退院後の在宅生活の支援", scene.at(200, 10, 0), "coordinator");
    cases.contact(c, EntryKind.VISIT, scene.at(195, 14, 0), "退院後の自宅を訪問。買い物とごみ出しの支援が必要");
    cases.status(c, CaseStatus.SUPPORTING, scene.at(195, 15, 0));
    referrals
        .refer(
            c,
            HOUKATSU_NORTH,
            scene.at(195, 16, 0),
            cases.consent(c, HOUKATSU_NORTH, scene.at(195, 15, 50)),
            ELDERLY_CARE)
        .opened(scene.at(194, 9, 0), "agency")
        .accepted(scene.at(194, 10, 0), "agency")
        .started(scene.at(193, 10, 0), "agency")
        .completed(
            scene.at(150, 10, 0), "agency", Referral.Outcome.SUCCESSFUL, null, "訪問介護の利用を開始した");
    long home = cases.goal(c, "安心して自宅で暮らし続ける", scene.at(194, 10, 0));
    long shopping =
        cases.action(
            c, home, "買い物支援の利用を調整する", SHAKYO, "coordinator", scene.day(-180), scene.at(194, 10, 5));
    // Declined as better served by others; the coordinator saw it and did not refer again.
    referrals
        .refer(c, NPO_OUTREACH, scene.at(190, 10, 0), null, ISOLATION)
        .opened(scene.at(190, 15, 0), "staff-yorisoi")
        .declined(
            scene.at(188, 10, 0),
            "staff-yorisoi",
            DeclineReason.OTHER_AGENCY_FITS,
            "見守りは地区の民生委員と包括が担うのが適切です")
        .returnSeen(scene.at(188, 14, 0));
    cases.done(shopping, scene.at(185, 10, 0), "coordinator");
    cases.goalReached(home, scene.at(140, 9, 50), "coordinator");
    cases.close(c, ClosedReason.RESOLVED, "本人の了解を得て終結", scene.at(140, 10, 0));
  }
}
