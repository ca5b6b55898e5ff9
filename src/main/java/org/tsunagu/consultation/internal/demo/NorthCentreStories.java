package org.tsunagu.consultation.internal.demo;

import static org.tsunagu.consultation.internal.demo.DemoScene.CITY;
import static org.tsunagu.consultation.internal.demo.DemoScene.HOUKATSU_NORTH;
import static org.tsunagu.consultation.internal.demo.DemoScene.MEDICAL_COOP;
import static org.tsunagu.consultation.internal.demo.DemoScene.SHAKYO;
import static org.tsunagu.people.SupportDomain.ELDERLY_CARE;
import static org.tsunagu.people.SupportDomain.HEALTH;
import static org.tsunagu.people.SupportDomain.ISOLATION;

import org.tsunagu.consultation.Urgency;
import org.tsunagu.consultation.internal.casework.CaseStatus;
import org.tsunagu.consultation.internal.casework.EntryKind;
import org.tsunagu.consultation.internal.demo.CaseSteps.DemoCase;
import org.tsunagu.people.bulk.SeededResidents.Resident;

/**
 * The northern 包括's own cases, worked by {@code agency}: a woman living alone whom dementia is
 * suspected of (her daughter came to the counter; the 社協 took on the watching, the medical co-op
 * was asked yesterday; her review is overdue) and an older couple, one caring for the other, now
 * only monitored (a referral to the city withdrawn when care started).
 */
final class NorthCentreStories {

  private final CaseSteps cases;
  private final ReferralSteps referrals;
  private final DemoScene scene;

  NorthCentreStories(CaseSteps cases, ReferralSteps referrals) {
    this.cases = cases;
    this.referrals = referrals;
    this.scene = cases.scene();
  }

  void tell() {
    suspectedDementia();
    olderCoupleCaring();
  }

  private void suspectedDementia() {
    Resident woman =
        scene.person("agency", r -> r.alone() && r.age() >= 80 && !r.male() && DemoScene.north(r));
    long intake =
        cases.intake(
            DemoIntake.of(
                    "north-counter",
                    "IN_PERSON",
                    "FAMILY",
                    "母が同じことを何度も聞くようになった。鍋を焦がしたこともある",
                    Urgency.HIGH,
                    ELDERLY_CARE,
                    HEALTH)
                .about(woman.id())
                .sharing(),
            scene.at(12, 9, 40),
            "agency");
    DemoCase c = cases.open(intake, "認知症が疑われる一人暮らし", scene.at(12, 10, 0), "agency");
    // Due three days ago and not yet held: the review is late on the work list.
    cases.reviewOn(c, scene.day(-3), scene.at(12, 10, 5));
    cases.contact(c, EntryKind.VISIT, scene.at(11, 14, 0), "自宅を訪問。服薬の管理ができていない様子");
    referrals
        .refer(c, SHAKYO, scene.at(10, 10, 0), null, ISOLATION)
        .opened(scene.at(10, 11, 0), "coordinator")
        .accepted(scene.at(9, 9, 30), "coordinator");
    long care = cases.goal(c, "必要な介護サービスを利用する", scene.at(10, 16, 0));
    cases.action(
        c, care, "かかりつけ医に受診を相談する", HOUKATSU_NORTH, "agency", scene.day(2), scene.at(10, 16, 5));
    // Sent yesterday: pending, not yet due.
    referrals.refer(
        c,
        MEDICAL_COOP,
        scene.at(1, 15, 0),
        cases.consent(c, MEDICAL_COOP, scene.at(1, 14, 50)),
        HEALTH);
  }

  private void olderCoupleCaring() {
    Resident spouse =
        scene.person(
            "agency",
            r -> r.householdId() != null && r.age() >= 75 && !r.male() && DemoScene.north(r));
    long intake =
        cases.intake(
            DemoIntake.of(
                    "north-counter",
                    "IN_PERSON",
                    "SELF",
                    "夫の介護で私が倒れそうです",
                    Urgency.NORMAL,
                    ELDERLY_CARE)
                .about(spouse.id())
                .sharing(),
            scene.at(120, 9, 40),
            "agency");
    DemoCase c = cases.open(intake, "高齢夫婦の老老介護の負担", scene.at(120, 10, 0), "agency");
    cases.contact(c, EntryKind.CONTACT, scene.at(120, 10, 30), "本人と面談。介護保険の申請を案内した");
    cases.status(c, CaseStatus.SUPPORTING, scene.at(120, 11, 0));
    ReferralSteps.DemoReferral city =
        referrals
            .refer(c, CITY, scene.at(115, 10, 0), null, ELDERLY_CARE)
            .opened(scene.at(115, 13, 0), "municipal");
    long rest = cases.goal(c, "家族の負担を減らす", scene.at(110, 10, 0));
    long application =
        cases.action(
            c,
            rest,
            "介護保険の申請を支援する",
            HOUKATSU_NORTH,
            "agency",
            scene.day(-90),
            scene.at(110, 10, 5));
    cases.reviewOn(c, scene.day(-30), scene.at(110, 10, 10));
    cases.done(application, scene.at(100, 10, 0), "agency");
    city.withdrawn(scene.at(100, 11, 0), "他の支援で解決したため");
    cases.status(c, CaseStatus.MONITORING, scene.at(60, 10, 0));
    cases.review(c, "デイサービスの利用が始まり、負担が軽くなった", scene.day(60), scene.at(30, 15, 0));
    cases.goalReached(rest, scene.at(30, 15, 5), "agency");
  }
}
