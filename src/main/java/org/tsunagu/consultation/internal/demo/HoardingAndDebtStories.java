package org.tsunagu.consultation.internal.demo;

import static org.tsunagu.consultation.internal.demo.DemoScene.CITY;
import static org.tsunagu.consultation.internal.demo.DemoScene.HOUKATSU_NORTH;
import static org.tsunagu.consultation.internal.demo.DemoScene.NPO_OUTREACH;
import static org.tsunagu.consultation.internal.demo.DemoScene.SELF_RELIANCE;
import static org.tsunagu.consultation.internal.demo.DemoScene.SHAKYO;
import static org.tsunagu.people.SupportDomain.ELDERLY_CARE;
import static org.tsunagu.people.SupportDomain.EMPLOYMENT;
import static org.tsunagu.people.SupportDomain.HOARDING;
import static org.tsunagu.people.SupportDomain.HOUSING;
import static org.tsunagu.people.SupportDomain.ISOLATION;
import static org.tsunagu.people.SupportDomain.POVERTY_DEBT;

import org.tsunagu.consultation.Urgency;
import org.tsunagu.consultation.internal.casework.CaseStatus;
import org.tsunagu.consultation.internal.casework.EntryKind;
import org.tsunagu.consultation.internal.demo.CaseSteps.DemoCase;
import org.tsunagu.people.bulk.SeededResidents.Resident;

/**
 * Seed 002's other two cases, led by the 社協: ごみ屋敷で地域から孤立している (a salon's card about a man nobody
 * named, identified by the coordinator; a referral to the 包括 two weeks unanswered, late on both
 * work lists) and 生活のために借金を繰り返す男性 (the 自立相談 working it on his consent).
 */
final class HoardingAndDebtStories {

  private final CaseSteps cases;
  private final ReferralSteps referrals;
  private final DemoScene scene;

  HoardingAndDebtStories(CaseSteps cases, ReferralSteps referrals) {
    this.cases = cases;
    this.referrals = referrals;
    this.scene = cases.scene();
  }

  void tell() {
    hoarding();
    debts();
  }

  private void hoarding() {
    Resident man =
        scene.person(
            "coordinator", r -> r.alone() && r.age() >= 70 && r.male() && DemoScene.north(r));
    long card =
        cases.intake(
            DemoIntake.of(
                    "salon-asahi",
                    "CARD",
                    "SALON_HOST",
                    "家の周りにごみ袋が積まれ、近所から苦情が出ている。本人はサロンにも来なくなった",
                    Urgency.NORMAL,
                    HOARDING,
                    ISOLATION)
                .describing("ごみ袋が積まれた家の一人暮らしの男性"),
            scene.at(43, 15, 0),
            "salon");
    cases.identify(card, man.id(), scene.at(40, 12, 50), "coordinator");
    DemoCase c = cases.open(card, "ごみ屋敷で地域から孤立している", scene.at(40, 13, 0), "coordinator");
    cases.reviewOn(c, scene.day(7), scene.at(40, 13, 5));
    cases.contact(c, EntryKind.OUTREACH, scene.at(38, 10, 0), "自治会長と同行訪問。玄関まで物があふれている。本人は片付けに消極的");
    cases.status(c, CaseStatus.SUPPORTING, scene.at(38, 15, 0));
    long tidy = cases.goal(c, "家の中を片付け、安全に暮らす", scene.at(35, 10, 0));
    cases.action(
        c, tidy, "片付けの日程を本人と決める", SHAKYO, "coordinator", scene.day(3), scene.at(35, 10, 5));
    cases.action(
        c, tidy, "自治会と見守りの分担を相談する", SHAKYO, "coordinator", scene.day(-2), scene.at(35, 10, 10));
    referrals
        .refer(
            c,
            NPO_OUTREACH,
            scene.at(30, 10, 0),
            cases.consent(c, NPO_OUTREACH, scene.at(30, 9, 50)),
            HOARDING)
        .opened(scene.at(30, 14, 0), "staff-yorisoi")
        .accepted(scene.at(29, 10, 0), "staff-yorisoi")
        .started(scene.at(27, 10, 0), "staff-yorisoi");
    cases.entry(
        c, EntryKind.VISIT, scene.at(25, 15, 0), "再訪問。ごみの分別を一緒に確認し、片付けの日程を相談した", "coordinator");
    // Two weeks unopened: past its answer date whatever holidays fell in between.
    referrals.refer(c, HOUKATSU_NORTH, scene.at(14, 11, 0), null, ISOLATION, ELDERLY_CARE);
  }

  private void debts() {
    Resident man = scene.person("coordinator", r -> r.age() >= 40 && r.age() <= 60 && r.male());
    long intake =
        cases.intake(
            DemoIntake.of(
                    "shakyo-counter",
                    "IN_PERSON",
                    "SELF",
                    "仕事が続かず、生活費のために借金を重ねてしまう。返済の督促が来ている",
                    Urgency.NORMAL,
                    POVERTY_DEBT,
                    EMPLOYMENT)
                .about(man.id())
                .sharing(),
            scene.at(33, 10, 10),
            "coordinator");
    DemoCase c = cases.open(intake, "生活のために借金を繰り返す男性", scene.at(33, 10, 30), "coordinator");
    cases.reviewOn(c, scene.day(30), scene.at(33, 10, 35));
    cases.contact(c, EntryKind.CONTACT, scene.at(33, 11, 0), "家計表を一緒に作成。消費者金融3社から借入あり");
    cases.status(c, CaseStatus.SUPPORTING, scene.at(33, 11, 30));
    referrals
        .refer(
            c,
            SELF_RELIANCE,
            scene.at(32, 9, 30),
            cases.consent(c, SELF_RELIANCE, scene.at(32, 9, 20)),
            POVERTY_DEBT,
            EMPLOYMENT)
        .opened(scene.at(32, 10, 0), "staff-jiritsu")
        .accepted(scene.at(32, 15, 0), "staff-jiritsu")
        .started(scene.at(28, 10, 0), "staff-jiritsu");
    cases.entry(
        c, EntryKind.CALL, scene.at(31, 11, 0), "フードバンクこがに連絡し、食料品（約10kg）を届けてもらった", "coordinator");
    long budget = cases.goal(c, "生活費の見通しを立てる", scene.at(30, 10, 0));
    long work = cases.goal(c, "就労に向けて生活リズムを整える", scene.at(30, 10, 0));
    cases.action(
        c,
        budget,
        "債務整理の相談に同行する",
        SELF_RELIANCE,
        "staff-jiritsu",
        scene.day(10),
        scene.at(30, 10, 5));
    cases.action(
        c,
        work,
        "社協の就労訓練（洗車・草刈り）の体験を調整する",
        SHAKYO,
        "coordinator",
        scene.day(20),
        scene.at(30, 10, 10));
    // Sent two days ago to the city, which answers in five working days: awaited, not late.
    referrals.refer(c, CITY, scene.at(2, 14, 0), null, HOUSING);
  }
}
