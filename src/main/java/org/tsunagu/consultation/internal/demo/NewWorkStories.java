package org.tsunagu.consultation.internal.demo;

import static org.tsunagu.consultation.internal.demo.DemoScene.SHAKYO;
import static org.tsunagu.people.SupportDomain.ELDERLY_CARE;
import static org.tsunagu.people.SupportDomain.HOUSING;
import static org.tsunagu.people.SupportDomain.ISOLATION;
import static org.tsunagu.people.SupportDomain.OTHER;
import static org.tsunagu.people.SupportDomain.POVERTY_DEBT;

import org.tsunagu.consultation.Urgency;
import org.tsunagu.consultation.internal.casework.EntryKind;
import org.tsunagu.consultation.internal.demo.CaseSteps.DemoCase;
import org.tsunagu.people.bulk.SeededResidents.Resident;

/**
 * What came in over the last days and waits on the work lists: the 自立相談's case of rent arrears
 * referred to the 社協 yesterday (the coordinator's to answer), a salon's card about 「角の家の男性」 whom
 * nobody has named, a neighbour's call, a daughter at the 包括's counter; and one intake closed
 * without a case.
 */
final class NewWorkStories {

  private final CaseSteps cases;
  private final ReferralSteps referrals;
  private final DemoScene scene;

  NewWorkStories(CaseSteps cases, ReferralSteps referrals) {
    this.cases = cases;
    this.referrals = referrals;
    this.scene = cases.scene();
  }

  void tell() {
    rentArrears();
    newIntakes();
  }

  /** Led by the 自立相談, referred to the 社協: the coordinator's incoming referral. */
  private void rentArrears() {
    Resident person = scene.person("staff-jiritsu", r -> r.age() >= 30 && r.age() <= 64);
    long intake =
        cases.intake(
            DemoIntake.of(
                    "jiritsu-counter",
                    "IN_PERSON",
                    "SELF",
                    "今月の家賃が払えそうにありません。大家さんから連絡が来ています",
                    Urgency.HIGH,
                    POVERTY_DEBT,
                    HOUSING)
                .about(person.id()),
            scene.at(5, 9, 40),
            "staff-jiritsu");
    DemoCase c = cases.open(intake, "家賃の滞納が続いている", scene.at(5, 10, 0), "staff-jiritsu");
    cases.reviewOn(c, scene.day(14), scene.at(5, 10, 5));
    cases.contact(c, EntryKind.CONTACT, scene.at(5, 10, 30), "本人と面談。家賃2か月分の滞納あり");
    referrals.refer(
        c, SHAKYO, scene.at(1, 11, 0), cases.consent(c, SHAKYO, scene.at(1, 10, 50)), POVERTY_DEBT);
  }

  private void newIntakes() {
    cases.intake(
        DemoIntake.of(
                "salon-asahi",
                "CARD",
                "SALON_HOST",
                "最近姿を見かけない。新聞が郵便受けにたまっている",
                Urgency.HIGH,
                ISOLATION)
            .describing("旭町一丁目の角の家の男性"),
        scene.at(1, 15, 30),
        "salon");
    Resident neighbour = scene.person("coordinator", r -> r.alone() && r.age() >= 75);
    cases.intake(
        DemoIntake.of(
                "shakyo-phone",
                "PHONE",
                "NEIGHBOUR",
                "隣の一人暮らしの方が、最近足が悪くなって買い物に困っているようだ",
                Urgency.NORMAL,
                ELDERLY_CARE)
            .about(neighbour.id())
            .contact("近隣住民", "090-0000-0101"),
        scene.at(2, 10, 15),
        "coordinator");
    Resident father =
        scene.person("agency", r -> r.age() >= 75 && r.householdId() != null && DemoScene.north(r));
    cases.intake(
        DemoIntake.of(
                "north-counter",
                "IN_PERSON",
                "FAMILY",
                "父の介護保険の申請の仕方を知りたい",
                Urgency.NORMAL,
                ELDERLY_CARE)
            .about(father.id())
            .sharing(),
        scene.at(3, 14, 0),
        "agency");
    long visitor =
        cases.intake(
            DemoIntake.of(
                    "shakyo-counter", "IN_PERSON", "SELF", "成年後見制度について話を聞きたい", Urgency.LOW, OTHER)
                .describing("来所された高齢の女性（名前は伺えず）"),
            scene.at(20, 11, 0),
            "coordinator");
    cases.closeWithoutCase(visitor, "情報提供のみで解決", scene.at(20, 11, 30), "coordinator");
  }
}
