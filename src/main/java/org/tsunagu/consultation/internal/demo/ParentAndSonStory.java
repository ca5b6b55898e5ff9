package org.tsunagu.consultation.internal.demo;

import static org.tsunagu.consultation.internal.demo.DemoScene.CITY;
import static org.tsunagu.consultation.internal.demo.DemoScene.HOUKATSU_NORTH;
import static org.tsunagu.consultation.internal.demo.DemoScene.NPO_OUTREACH;
import static org.tsunagu.consultation.internal.demo.DemoScene.SHAKYO;
import static org.tsunagu.people.SupportDomain.ABUSE_DV;
import static org.tsunagu.people.SupportDomain.ADDICTION;
import static org.tsunagu.people.SupportDomain.ELDERLY_CARE;

import org.tsunagu.consultation.Urgency;
import org.tsunagu.consultation.internal.casework.CaseStatus;
import org.tsunagu.consultation.internal.casework.EntryKind;
import org.tsunagu.consultation.internal.demo.CaseSteps.DemoCase;
import org.tsunagu.consultation.internal.referral.Referral;
import org.tsunagu.people.bulk.SeededResidents.Resident;

/**
 * Seed 002's 高齢の親と社会的自立ができない息子 (the 8050 problem, alcohol, suspected abuse), led by the 社協: a
 * neighbour's call, visits, the 包括 on the mother's consent, the city on an emergency basis
 * (高齢者虐待防止法), the NPO that could not reach the son (back on the coordinator's work list), a plan
 * with an overdue action, and the 支援会議 ten days ago.
 */
final class ParentAndSonStory {

  static final String TITLE = "高齢の親と社会的自立ができない息子";
  private static final String ABUSE = "高齢者虐待が疑われるため（高齢者虐待防止法に基づく通報）";

  private final CaseSteps cases;
  private final ReferralSteps referrals;
  private final DemoScene scene;

  ParentAndSonStory(CaseSteps cases, ReferralSteps referrals) {
    this.cases = cases;
    this.referrals = referrals;
    this.scene = cases.scene();
  }

  /** Returns the case, for the 支援会議 that discusses it. */
  DemoCase tell() {
    Resident mother =
        scene.person(
            "coordinator",
            r ->
                r.age() >= 80
                    && !r.male()
                    && scene.livesWith(r, s -> s.age() >= 48 && s.age() <= 55 && s.male()));
    long intake =
        cases.intake(
            DemoIntake.of(
                    "shakyo-phone",
                    "PHONE",
                    "NEIGHBOUR",
                    "隣の家から毎晩怒鳴り声が聞こえる。息子さんが昼間からお酒を飲んでいるようだ",
                    Urgency.HIGH,
                    ADDICTION,
                    ABUSE_DV,
                    ELDERLY_CARE)
                .about(mother.id()),
            scene.at(62, 10, 0),
            "coordinator");
    DemoCase c = cases.open(intake, TITLE, scene.at(62, 10, 20), "coordinator");
    cases.contact(c, EntryKind.VISIT, scene.at(60, 14, 0), "母親宅を訪問。息子が飲酒しており、母親への暴言を確認した");
    cases.status(c, CaseStatus.SUPPORTING, scene.at(60, 16, 0));

    referrals
        .refer(
            c,
            HOUKATSU_NORTH,
            scene.at(58, 9, 40),
            cases.consent(c, HOUKATSU_NORTH, scene.at(58, 9, 30)),
            ELDERLY_CARE,
            ABUSE_DV)
        .opened(scene.at(58, 10, 5), "agency")
        .accepted(scene.at(58, 13, 0), "agency")
        .started(scene.at(57, 10, 0), "agency");
    long emergency = cases.emergency(c, ABUSE, scene.at(57, 15, 50));
    referrals
        .refer(c, CITY, scene.at(57, 16, 0), emergency, ABUSE_DV)
        .opened(scene.at(57, 16, 30), "municipal")
        .accepted(scene.at(56, 9, 15), "municipal")
        .started(scene.at(56, 9, 20), "municipal")
        .completed(
            scene.at(40, 15, 0),
            "municipal",
            Referral.Outcome.SUCCESSFUL,
            null,
            "虐待の事実確認を行い、見守りを継続することとした");

    long safety = cases.goal(c, "母親が安心して自宅で暮らし続ける", scene.at(55, 10, 0));
    long sobriety = cases.goal(c, "息子が断酒の支援につながる", scene.at(55, 10, 0));
    long contacts =
        cases.action(
            c,
            safety,
            "緊急時の連絡先を家族と確認する",
            SHAKYO,
            "coordinator",
            scene.day(-50),
            scene.at(55, 10, 5));
    cases.reviewOn(c, scene.day(-30), scene.at(55, 10, 10));
    cases.done(contacts, scene.at(52, 11, 0), "coordinator");
    cases.entry(
        c, EntryKind.CALL, scene.at(45, 11, 30), "母親に電話。息子が夜間に大声を出すことが続いている", "coordinator");
    cases.review(c, "母親の状況は落ち着いている。息子への働きかけを継続", scene.day(14), scene.at(30, 15, 0));

    // Came back: the NPO could not reach the son, so the 社協 sees it on its work list again.
    referrals
        .refer(
            c,
            NPO_OUTREACH,
            scene.at(20, 15, 0),
            cases.consent(c, NPO_OUTREACH, scene.at(20, 14, 50)),
            ADDICTION)
        .opened(scene.at(19, 9, 30), "staff-yorisoi")
        .accepted(scene.at(19, 11, 0), "staff-yorisoi")
        .started(scene.at(18, 10, 0), "staff-yorisoi")
        .completed(
            scene.at(3, 16, 0),
            "staff-yorisoi",
            Referral.Outcome.UNSUCCESSFUL,
            Referral.UnsuccessfulReason.COULD_NOT_REACH,
            "3回訪ねたが息子さんに会えなかった。母親からの連絡を待つ");
    cases.action(
        c,
        sobriety,
        "断酒会・自助グループの情報を息子に伝える",
        NPO_OUTREACH,
        "staff-yorisoi",
        scene.day(-5),
        scene.at(18, 11, 0));
    return c;
  }
}
