package org.tsunagu.demo.internal;

import static org.tsunagu.demo.internal.DemoTown.CITY;
import static org.tsunagu.demo.internal.DemoTown.COOP;
import static org.tsunagu.demo.internal.DemoTown.FOOD_BANK;
import static org.tsunagu.demo.internal.DemoTown.HOUKATSU_NORTH;
import static org.tsunagu.demo.internal.DemoTown.HOUKATSU_SOUTH;
import static org.tsunagu.demo.internal.DemoTown.MEDICAL_COOP;
import static org.tsunagu.demo.internal.DemoTown.NPO_CHILDREN;
import static org.tsunagu.demo.internal.DemoTown.NPO_OUTREACH;
import static org.tsunagu.demo.internal.DemoTown.SALON;
import static org.tsunagu.demo.internal.DemoTown.SELF_RELIANCE;
import static org.tsunagu.demo.internal.DemoTown.SHAKYO;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.tsunagu.demo.internal.ConsultationRows.Intake;
import org.tsunagu.demo.internal.ConsultationRows.Referral;
import org.tsunagu.demo.internal.ConsultationRows.SupportCase;
import org.tsunagu.platform.time.WorkingDays;

/**
 * The demo town's consultations, so that every screen has something to show: the windows (the 社協's
 * counter and phone line, each 包括's and the 自立相談's counter, four salons flying the 「地域の福祉相談 窓口」
 * flag), a dozen intakes (some still new, one about 「角の家の男性」 whom nobody has named yet), eight
 * cases among them the three of seed 002, referrals in every state, plans with an overdue action,
 * and one 支援会議. The logins {@code coordinator} (社協) and {@code agency} (北部包括) find work on their
 * lists. Times are relative to the day the town is loaded.
 */
final class DemoConsultation {

  private final RegistryWriter writer;
  private final ConsultationWriter consultationWriter;
  private final LocalDate today;
  private final ToLongFunction<String> orgId;
  private final Map<String, Long> users;
  private final List<DemoResidents.Written> residents;
  private final List<Long> used = new ArrayList<>();
  private final WorkingDays workingDays = WorkingDays.fromClasspath();
  private final ConsultationData data = new ConsultationData();
  private final Map<String, Long> windows = new HashMap<>();
  private ConsultationIds ids;
  private int reference;

  DemoConsultation(
      RegistryWriter writer,
      ConsultationWriter consultationWriter,
      LocalDate today,
      ToLongFunction<String> orgId,
      Map<String, Long> users,
      List<DemoResidents.Written> residents) {
    this.writer = writer;
    this.consultationWriter = consultationWriter;
    this.today = today;
    this.orgId = orgId;
    this.users = users;
    this.residents = residents;
  }

  void write() throws SQLException {
    ids = new ConsultationIds(writer, 10, 20, 10, 2);
    IdBlock windowIds = IdBlock.reserve(writer, "consultation.consultation_window", 10);
    windows(windowIds);
    parentAndSon();
    hoarding();
    debts();
    suspectedDementia();
    olderCoupleCaring();
    familyBudget();
    closedAfterHospital();
    rentArrears();
    intakesWithoutCase();
    windowIds.release(writer);
    ids.release(writer);
    consultationWriter.write(data);
    consultationWriter.continueCaseReferencesAfter(reference);
  }

  private void windows(IdBlock ids) {
    window(ids, "shakyo-counter", "総合相談窓口", "OFFICE", SHAKYO, SHAKYO, null, "古河市社会福祉協議会 1階");
    window(ids, "shakyo-phone", "電話相談", "PHONE", SHAKYO, SHAKYO, null, null);
    window(ids, "north-counter", "相談窓口", "OFFICE", HOUKATSU_NORTH, HOUKATSU_NORTH, null, "センター事務所");
    window(ids, "south-counter", "相談窓口", "OFFICE", HOUKATSU_SOUTH, HOUKATSU_SOUTH, null, "センター事務所");
    window(ids, "jiritsu-counter", "相談窓口", "OFFICE", SELF_RELIANCE, SELF_RELIANCE, null, "市役所 1階");
    window(ids, "salon-asahi", "地域の福祉相談窓口", "SALON", SALON, SHAKYO, "旭町一丁目", "旭町集会所");
    window(ids, "salon-keyaki", "地域の福祉相談窓口", "SALON", "けやき平いきいきサロン", SHAKYO, "けやき平一丁目", "けやき平集会所");
    window(ids, "salon-misugi", "地域の福祉相談窓口", "SALON", "三杉町おしゃべりサロン", SHAKYO, "三杉町一丁目", "三杉町公民館");
    window(ids, "coop-cafe", "コープカフェ古河", "SALON", COOP, SHAKYO, null, "こが生協 店舗2階");
  }

  private void window(
      IdBlock ids,
      String key,
      String name,
      String kind,
      String org,
      String receiver,
      String townName,
      String place) {
    Long area =
        townName == null
            ? null
            : residents.stream()
                .filter(r -> r.town().name().equals(townName))
                .map(DemoResidents.Written::areaId)
                .findFirst()
                .orElse(null);
    long id = ids.next();
    windows.put(key, id);
    data.windows.add(
        new ConsultationRows.Window(
            id, name, kind, orgId.applyAsLong(org), orgId.applyAsLong(receiver), area, place));
  }

  // --- seed 002: 高齢の親と社会的自立ができない息子 (alcohol, abuse)

  private void parentAndSon() {
    DemoResidents.Written mother =
        person(
            r ->
                r.householdId() != null
                    && r.age() >= 80
                    && r.person().sex().equals(SyntheticPeople.FEMALE)
                    && residents.stream()
                        .anyMatch(
                            s ->
                                s.householdId() != null
                                    && s.householdId().equals(r.householdId())
                                    && s.age() >= 48
                                    && s.age() <= 55
                                    && s.person().sex().equals(SyntheticPeople.MALE)));
    SupportCase c =
        openCase(
            "高齢の親と社会的自立ができない息子",
            mother,
            true,
            SHAKYO,
            "coordinator",
            "HIGH",
            at(62, 10, 20),
            "shakyo-phone",
            "NEIGHBOUR",
            "隣の家から毎晩怒鳴り声が聞こえる。息子さんが昼間からお酒を飲んでいるようだ",
            "ADDICTION",
            "ABUSE_DV",
            "ELDERLY_CARE");
    c.status("SUPPORTING").reviewOn(today.plusDays(14));
    contact(c, "VISIT", at(60, 14, 0), "母親宅を訪問。息子が飲酒しており、母親への暴言を確認した", "coordinator");
    entry(c, "CALL", at(45, 11, 30), "母親に電話。息子が夜間に大声を出すことが続いている", "coordinator");

    Referral toCentre =
        refer(c, HOUKATSU_NORTH, at(58, 9, 40), true, "ELDERLY_CARE", "ABUSE_DV")
            .opened(at(58, 10, 5), user("agency"))
            .accepted(at(58, 13, 0), user("agency"), user("agency"))
            .started(at(57, 10, 0), user("agency"));
    taken(toCentre, c);
    Referral toOutreach =
        refer(c, NPO_OUTREACH, at(20, 15, 0), true, "ADDICTION")
            .opened(at(19, 9, 30), user("staff-yorisoi"))
            .accepted(at(19, 11, 0), user("staff-yorisoi"), user("staff-yorisoi"));
    taken(toOutreach, c);
    Referral toCity =
        refer(c, CITY, at(57, 16, 0), false, "ABUSE_DV")
            .opened(at(57, 16, 30), user("municipal"))
            .accepted(at(56, 9, 15), user("municipal"), user("municipal"))
            .started(at(56, 9, 20), user("municipal"))
            .completed(
                at(40, 15, 0),
                user("municipal"),
                "SUCCESSFUL",
                null,
                "高齢者虐待の事実確認を行い、見守りを継続することとした");
    taken(toCity, c);

    long safety = goal(c, "母親が安心して自宅で暮らし続ける", "OPEN", at(55, 10, 0));
    long sobriety = goal(c, "息子が断酒の支援につながる", "OPEN", at(55, 10, 0));
    action(c, safety, "緊急時の連絡先を家族と確認する", SHAKYO, "coordinator", -50, "DONE", at(52, 11, 0));
    action(c, sobriety, "断酒会・自助グループの情報を息子に伝える", NPO_OUTREACH, "staff-yorisoi", -5, "OPEN", null);
    data.reviews.add(
        new ConsultationRows.Review(
            c.id,
            today.minusDays(30),
            "母親の状況は落ち着いている。息子への働きかけを継続",
            c.reviewOn,
            user("coordinator")));
    supportMeeting(c, List.of(SHAKYO, HOUKATSU_NORTH, CITY, NPO_OUTREACH));
  }

  /** The 支援会議 on the first case, ten days ago, convened by the city. */
  private void supportMeeting(SupportCase c, List<String> members) {
    long id = ids.conferences.next();
    LocalDate heldOn = today.minusDays(10);
    OffsetDateTime meetingAt = at(10, 14, 0);
    data.conferences.add(
        new ConsultationRows.Conference(
            id,
            "SUPPORT_MEETING",
            "北部圏域 支援会議（" + heldOn.getMonthValue() + "月" + heldOn.getDayOfMonth() + "日）",
            heldOn,
            "古河市役所 会議室",
            orgId.applyAsLong(CITY),
            user("municipal"),
            "母親の安全確保を最優先とし、包括と社協が交代で訪問する。息子には断酒の支援を勧める。",
            "HELD"));
    Map<String, String> attendees =
        Map.of(
            SHAKYO, "coordinator",
            HOUKATSU_NORTH, "agency",
            CITY, "municipal",
            NPO_OUTREACH, "staff-yorisoi");
    for (String org : members) {
      String login = attendees.get(org);
      data.participants.add(
          new ConsultationRows.Participant(
              id, orgId.applyAsLong(org), DemoTown.displayName(login), meetingAt, user(login)));
    }
    data.conferenceCases.add(new ConsultationRows.ConferenceCase(id, c.id));
    long visits = ids.actions.next();
    data.actions.add(
        new ConsultationRows.Action(
            visits,
            c.id,
            null,
            "包括と社協が週1回交代で訪問する",
            orgId.applyAsLong(HOUKATSU_NORTH),
            user("agency"),
            today.plusDays(4),
            "OPEN",
            null,
            id,
            meetingAt.plusHours(1),
            user("municipal")));
    data.decisions.add(
        new ConsultationRows.Decision(
            id, c.id, "包括と社協が週1回交代で訪問する", visits, user("municipal"), meetingAt.plusHours(1)));
    data.decisions.add(
        new ConsultationRows.Decision(
            id, c.id, "息子の同意が得られれば断酒会につなぐ", null, user("municipal"), meetingAt.plusHours(1)));
    entry(
        c,
        "CONFERENCE",
        meetingAt.plusHours(1),
        ConsultationPhrases.CONFERENCE_ENTRY,
        "coordinator");
    String reason = "支援会議（社会福祉法第106条の6）での情報共有";
    data.bases.add(
        new ConsultationRows.Basis(
            ids.bases.next(),
            c.id,
            "SUPPORT_MEETING",
            null,
            id,
            reason,
            user("municipal"),
            meetingAt,
            null,
            null));
    for (String org : members) {
      if (orgId.applyAsLong(org) != c.leadOrgId) {
        data.accessBases.add(
            new Rows.AccessBasis(
                c.personId,
                orgId.applyAsLong(org),
                "SUPPORT_MEETING",
                reason,
                user("municipal"),
                meetingAt,
                null,
                null));
      }
    }
  }

  // --- seed 002: ごみ屋敷で地域から孤立しているケース (hoarding, isolation)

  private void hoarding() {
    DemoResidents.Written man = person(r -> r.alone() && r.age() >= 70 && male(r) && north(r));
    SupportCase c =
        openCase(
            "ごみ屋敷で地域から孤立している",
            man,
            false,
            SHAKYO,
            "coordinator",
            "NORMAL",
            at(40, 13, 0),
            "salon-asahi",
            "SALON_HOST",
            "家の周りにごみ袋が積まれ、近所から苦情が出ている。本人はサロンにも来なくなった",
            "HOARDING",
            "ISOLATION");
    c.status("SUPPORTING").reviewOn(today.plusDays(7));
    contact(c, "OUTREACH", at(38, 10, 0), "自治会長と同行訪問。玄関まで物があふれている。本人は片付けに消極的", "coordinator");
    entry(c, "VISIT", at(25, 15, 0), "再訪問。ごみの分別を一緒に確認し、片付けの日程を相談した", "coordinator");
    taken(
        refer(c, NPO_OUTREACH, at(30, 10, 0), true, "HOARDING")
            .opened(at(30, 14, 0), user("staff-yorisoi"))
            .accepted(at(29, 10, 0), user("staff-yorisoi"), user("staff-yorisoi"))
            .started(at(27, 10, 0), user("staff-yorisoi")),
        c);
    int daysAgo = 9;
    while (!workingDays.plusWorkingDays(today.minusDays(daysAgo), 3).isBefore(today)) {
      daysAgo++;
    }
    // Past its answer date and not yet opened: late on both work lists.
    refer(c, HOUKATSU_NORTH, at(daysAgo, 11, 0), false, "ISOLATION", "ELDERLY_CARE");
    long tidy = goal(c, "家の中を片付け、安全に暮らす", "OPEN", at(35, 10, 0));
    action(c, tidy, "片付けの日程を本人と決める", SHAKYO, "coordinator", 3, "OPEN", null);
    action(c, tidy, "自治会と見守りの分担を相談する", SHAKYO, "coordinator", -2, "OPEN", null);
  }

  // --- seed 002: 生活のために借金を繰り返す男性 (debt, employment)

  private void debts() {
    DemoResidents.Written man = person(r -> r.age() >= 40 && r.age() <= 60 && male(r));
    SupportCase c =
        openCase(
            "生活のために借金を繰り返す男性",
            man,
            false,
            SHAKYO,
            "coordinator",
            "NORMAL",
            at(33, 10, 30),
            "shakyo-counter",
            "SELF",
            "仕事が続かず、生活費のために借金を重ねてしまう。返済の督促が来ている",
            "POVERTY_DEBT",
            "EMPLOYMENT");
    c.status("SUPPORTING").reviewOn(today.plusDays(30));
    contact(c, "CONTACT", at(33, 11, 0), "家計表を一緒に作成。消費者金融3社から借入あり", "coordinator");
    taken(
        refer(c, SELF_RELIANCE, at(32, 9, 30), true, "POVERTY_DEBT", "EMPLOYMENT")
            .opened(at(32, 10, 0), user("staff-jiritsu"))
            .accepted(at(32, 15, 0), user("staff-jiritsu"), user("staff-jiritsu"))
            .started(at(28, 10, 0), user("staff-jiritsu")),
        c);
    taken(
        refer(c, FOOD_BANK, at(32, 11, 0), false, "FOOD")
            .opened(at(32, 13, 0), user("foodbank"))
            .accepted(at(32, 13, 30), user("foodbank"), user("foodbank"))
            .started(at(31, 10, 0), user("foodbank"))
            .completed(at(31, 11, 0), user("foodbank"), "SUCCESSFUL", null, "食料品（約10kg）を届けた"),
        c);
    long budget = goal(c, "生活費の見通しを立てる", "OPEN", at(30, 10, 0));
    long work = goal(c, "就労に向けて生活リズムを整える", "OPEN", at(30, 10, 0));
    action(c, budget, "債務整理の相談に同行する", SELF_RELIANCE, "staff-jiritsu", 10, "OPEN", null);
    action(c, work, "社協の就労訓練（洗車・草刈り）の体験を調整する", SHAKYO, "coordinator", 20, "OPEN", null);
  }

  // --- the northern 包括's own cases

  private void suspectedDementia() {
    DemoResidents.Written woman = person(r -> r.alone() && r.age() >= 80 && !male(r) && north(r));
    SupportCase c =
        openCase(
            "認知症が疑われる一人暮らし",
            woman,
            false,
            HOUKATSU_NORTH,
            "agency",
            "HIGH",
            at(12, 10, 0),
            "north-counter",
            "FAMILY",
            "母が同じことを何度も聞くようになった。鍋を焦がしたこともある",
            "ELDERLY_CARE",
            "HEALTH");
    c.reviewOn(today.minusDays(3));
    contact(c, "VISIT", at(11, 14, 0), "自宅を訪問。服薬の管理ができていない様子", "agency");
    // Sent yesterday: pending, not yet due.
    refer(c, MEDICAL_COOP, at(1, 15, 0), true, "HEALTH");
    taken(
        refer(c, SHAKYO, at(10, 10, 0), false, "ISOLATION")
            .opened(at(10, 11, 0), user("coordinator"))
            .accepted(at(9, 9, 30), user("coordinator"), user("coordinator")),
        c);
    long care = goal(c, "必要な介護サービスを利用する", "OPEN", at(10, 16, 0));
    action(c, care, "かかりつけ医に受診を相談する", HOUKATSU_NORTH, "agency", 2, "OPEN", null);
  }

  private void olderCoupleCaring() {
    DemoResidents.Written spouse =
        person(r -> r.householdId() != null && r.age() >= 75 && !male(r) && north(r));
    SupportCase c =
        openCase(
            "高齢夫婦の老老介護の負担",
            spouse,
            false,
            HOUKATSU_NORTH,
            "agency",
            "NORMAL",
            at(120, 10, 0),
            "north-counter",
            "SELF",
            "夫の介護で私が倒れそうです",
            "ELDERLY_CARE");
    c.status("MONITORING").reviewOn(today.plusDays(60));
    contact(c, "CONTACT", at(120, 10, 30), "本人と面談。介護保険の申請を案内した", "agency");
    refer(c, CITY, at(115, 10, 0), false, "ELDERLY_CARE")
        .opened(at(115, 13, 0), user("municipal"))
        .withdrawn(at(100, 11, 0), "他の支援で解決したため");
    long rest = goal(c, "家族の負担を減らす", "ACHIEVED", at(110, 10, 0));
    action(c, rest, "介護保険の申請を支援する", HOUKATSU_NORTH, "agency", -90, "DONE", at(100, 10, 0));
    data.reviews.add(
        new ConsultationRows.Review(
            c.id, today.minusDays(30), "デイサービスの利用が始まり、負担が軽くなった", c.reviewOn, user("agency")));
  }

  // --- more of the 社協's cases

  private void familyBudget() {
    DemoResidents.Written mother =
        person(r -> r.householdId() != null && r.age() >= 28 && r.age() <= 45 && !male(r));
    SupportCase c =
        openCase(
            "子育て世帯の家計と育児の不安",
            mother,
            false,
            SHAKYO,
            "coordinator",
            "NORMAL",
            at(21, 11, 0),
            "shakyo-counter",
            "SELF",
            "仕事と子育ての両立が限界です。月末になると食費が足りません",
            "CHILD_REARING",
            "POVERTY_DEBT");
    c.status("SUPPORTING").reviewOn(today.plusDays(21));
    contact(c, "CONTACT", at(21, 11, 30), "本人と面談し、家計と子育ての困りごとを聞き取った", "coordinator");
    // Declined two days ago; the coordinator has not looked at the answer yet.
    refer(c, NPO_CHILDREN, at(6, 10, 0), true, "CHILD_REARING")
        .opened(at(5, 9, 0), user("staff-kosodate"))
        .declined(at(2, 16, 0), user("staff-kosodate"), "定員に達しているため");
    taken(
        refer(c, SELF_RELIANCE, at(18, 10, 0), true, "POVERTY_DEBT")
            .opened(at(18, 14, 0), user("staff-jiritsu"))
            .accepted(at(17, 10, 0), user("staff-jiritsu"), user("staff-jiritsu")),
        c);
    long budget = goal(c, "生活費の見通しを立てる", "OPEN", at(17, 15, 0));
    action(c, budget, "家計の状況を一緒に整理する", SELF_RELIANCE, "staff-jiritsu", 7, "OPEN", null);
  }

  private void closedAfterHospital() {
    DemoResidents.Written person = person(r -> r.alone() && r.age() >= 70 && north(r));
    SupportCase c =
        openCase(
            "退院後の在宅生活の支援",
            person,
            false,
            SHAKYO,
            "coordinator",
            "NORMAL",
            at(200, 10, 0),
            "shakyo-phone",
            "PROFESSIONAL",
            "来週退院する方が一人暮らしで、買い物やごみ出しが難しい（病院の相談員より）",
            "ELDERLY_CARE",
            "ISOLATION");
    contact(c, "VISIT", at(195, 14, 0), "退院後の自宅を訪問。買い物とごみ出しの支援が必要", "coordinator");
    taken(
        refer(c, HOUKATSU_NORTH, at(195, 16, 0), true, "ELDERLY_CARE")
            .opened(at(194, 9, 0), user("agency"))
            .accepted(at(194, 10, 0), user("agency"), user("agency"))
            .started(at(193, 10, 0), user("agency"))
            .completed(at(150, 10, 0), user("agency"), "SUCCESSFUL", null, "訪問介護の利用を開始した"),
        c);
    refer(c, COOP, at(190, 10, 0), false, "ISOLATION")
        .opened(at(190, 15, 0), user("coop"))
        .declined(at(188, 10, 0), user("coop"), "対象地域外のため")
        .returnSeen(at(188, 14, 0));
    long home = goal(c, "安心して自宅で暮らし続ける", "ACHIEVED", at(194, 10, 0));
    action(c, home, "買い物支援の利用を調整する", SHAKYO, "coordinator", -180, "DONE", at(185, 10, 0));
    c.close(at(140, 10, 0), "RESOLVED", "本人の了解を得て終結");
    entry(
        c,
        "STATUS",
        c.closedAt,
        ConsultationPhrases.CLOSING_ENTRIES.get("RESOLVED"),
        "coordinator");
  }

  /** Led by the 自立相談, referred to the 社協: the coordinator's incoming referral. */
  private void rentArrears() {
    DemoResidents.Written person = person(r -> r.age() >= 30 && r.age() <= 64);
    SupportCase c =
        openCase(
            "家賃の滞納が続いている",
            person,
            false,
            SELF_RELIANCE,
            "staff-jiritsu",
            "HIGH",
            at(5, 10, 0),
            "jiritsu-counter",
            "SELF",
            "今月の家賃が払えそうにありません。大家さんから連絡が来ています",
            "POVERTY_DEBT",
            "HOUSING");
    c.reviewOn(today.plusDays(14));
    contact(c, "CONTACT", at(5, 10, 30), "本人と面談。家賃2か月分の滞納あり", "staff-jiritsu");
    refer(c, SHAKYO, at(1, 11, 0), true, "POVERTY_DEBT");
  }

  private void intakesWithoutCase() {
    OffsetDateTime yesterday = at(1, 15, 30);
    data.intakes.add(
        intake(
            "salon-asahi",
            "CARD",
            yesterday,
            "SALON_HOST",
            null,
            "旭町一丁目の角の家の男性",
            "最近姿を見かけない。新聞が郵便受けにたまっている",
            "HIGH",
            "salon",
            "ISOLATION"));
    DemoResidents.Written neighbour = person(r -> r.alone() && r.age() >= 75);
    data.intakes.add(
        intake(
                "shakyo-phone",
                "PHONE",
                at(2, 10, 15),
                "NEIGHBOUR",
                neighbour.id(),
                null,
                "隣の一人暮らしの方が、最近足が悪くなって買い物に困っているようだ",
                "NORMAL",
                "coordinator",
                "ELDERLY_CARE")
            .contact("近隣住民", "090-0000-0101"));
    DemoResidents.Written father =
        person(r -> r.age() >= 75 && r.householdId() != null && north(r));
    data.intakes.add(
        intake(
            "north-counter",
            "IN_PERSON",
            at(3, 14, 0),
            "FAMILY",
            father.id(),
            null,
            "父の介護保険の申請の仕方を知りたい",
            "NORMAL",
            "agency",
            "ELDERLY_CARE"));
    data.intakes.add(
        intake(
                "shakyo-counter",
                "IN_PERSON",
                at(20, 11, 0),
                "SELF",
                null,
                "来所された高齢の女性（名前は聞けず）",
                "成年後見制度について話を聞きたい",
                "LOW",
                "coordinator",
                "OTHER")
            .closedWithoutCase("情報提供のみで解決", at(20, 11, 30), user("coordinator")));
  }

  // --- helpers

  private SupportCase openCase(
      String title,
      DemoResidents.Written person,
      boolean withHousehold,
      String leadOrg,
      String worker,
      String urgency,
      OffsetDateTime openedAt,
      String window,
      String reporter,
      String ownWords,
      String... domains) {
    reference++;
    SupportCase c =
        new SupportCase(
            ids.cases.next(),
            String.format("K%d-%06d", openedAt.getYear(), reference),
            person.id(),
            withHousehold ? person.householdId() : null,
            null,
            title,
            orgId.applyAsLong(leadOrg),
            user(worker),
            person.areaId(),
            urgency,
            openedAt);
    data.cases.add(c);
    for (String domain : domains) {
      data.needs.add(new ConsultationRows.Need(c.id, domain));
    }
    data.relationships.add(
        new Rows.DatedRelationship(
            ids.relationships.next(),
            person.id(),
            c.leadOrgId,
            "CASE",
            "case:" + c.id,
            openedAt,
            null,
            null));
    String channel =
        window.endsWith("phone") ? "PHONE" : window.startsWith("salon") ? "CARD" : "IN_PERSON";
    data.intakes.add(
        intake(
                window,
                channel,
                openedAt.minusMinutes(window.startsWith("salon") ? 3 * 24 * 60 : 20),
                reporter,
                person.id(),
                null,
                ownWords,
                urgency,
                worker,
                domains)
            .becameCase(c.id, openedAt, user(worker)));
    entry(c, "INTAKE", openedAt, ConsultationPhrases.INTAKE_ENTRIES.get(0), worker);
    return c;
  }

  private Intake intake(
      String window,
      String channel,
      OffsetDateTime receivedAt,
      String reporter,
      Long personId,
      String subject,
      String ownWords,
      String urgency,
      String recordedBy,
      String... domains) {
    String reporterName =
        switch (reporter) {
          case "FAMILY" -> "家族";
          case "NEIGHBOUR" -> "近隣住民";
          case "SALON_HOST" -> "サロン代表";
          case "PROFESSIONAL" -> "病院の相談員";
          default -> null;
        };
    long recorder = user(recordedBy);
    return new Intake(
        ids.intakes.next(),
        windows.get(window),
        channel,
        receivedAt,
        reporter,
        reporterName,
        personId,
        subject,
        ownWords,
        urgency,
        true,
        true,
        recorder,
        organizationOf(recordedBy),
        List.of(domains));
  }

  private void contact(SupportCase c, String kind, OffsetDateTime at, String summary, String by) {
    c.firstContact(at);
    entry(c, kind, at, summary, by);
  }

  private void entry(SupportCase c, String kind, OffsetDateTime at, String summary, String by) {
    data.entries.add(new ConsultationRows.Entry(c.id, kind, at, summary, user(by), c.leadOrgId));
  }

  /** A referral sent by the case's worker, with the person's written consent when asked. */
  private Referral refer(
      SupportCase c, String to, OffsetDateTime sentAt, boolean consent, String... domains) {
    long toOrg = orgId.applyAsLong(to);
    Referral r =
        new Referral(
            ids.referrals.next(),
            c.id,
            c.leadOrgId,
            c.leadWorkerId,
            toOrg,
            c.urgency,
            "「" + c.title + "」の件で支援をお願いします。",
            sentAt,
            workingDays.plusWorkingDays(sentAt.toLocalDate(), 3),
            List.of(domains));
    if (consent) {
      long consentId = ids.consents.next();
      data.consents.add(
          new Rows.SharingConsent(
              consentId,
              c.personId,
              toOrg,
              sentAt.toLocalDate(),
              null,
              c.leadWorkerId,
              c.leadOrgId,
              sentAt.minusMinutes(10)));
      long basis = ids.bases.next();
      data.bases.add(
          new ConsultationRows.Basis(
              basis,
              c.id,
              "CONSENT",
              consentId,
              null,
              "本人の同意（書面）",
              c.leadWorkerId,
              sentAt.minusMinutes(5),
              null,
              null));
      r.basis(basis).details("本人の同意を得ています。詳しい状況は面談記録をご覧ください。");
    }
    data.referrals.add(r);
    data.entries.add(
        new ConsultationRows.Entry(
            c.id,
            "REFERRAL",
            sentAt,
            ConsultationPhrases.referralEntry(to),
            c.leadWorkerId,
            c.leadOrgId));
    return r;
  }

  /** The receiver took the referral on: it now serves the person. */
  private void taken(Referral r, SupportCase c) {
    long id = ids.relationships.next();
    data.relationships.add(
        new Rows.DatedRelationship(
            id, c.personId, r.toOrgId, "REFERRAL", "referral:" + r.id, r.answeredAt, null, null));
    r.relationship(id);
  }

  private long goal(SupportCase c, String text, String status, OffsetDateTime createdAt) {
    long id = ids.goals.next();
    data.goals.add(new ConsultationRows.Goal(id, c.id, text, status, createdAt, c.leadWorkerId));
    return id;
  }

  /** An action due {@code dueInDays} from today (negative: in the past). */
  private void action(
      SupportCase c,
      long goal,
      String description,
      String org,
      String login,
      int dueInDays,
      String status,
      OffsetDateTime doneAt) {
    data.actions.add(
        new ConsultationRows.Action(
            ids.actions.next(),
            c.id,
            goal,
            description,
            orgId.applyAsLong(org),
            user(login),
            today.plusDays(dueInDays),
            status,
            doneAt,
            null,
            c.openedAt.plusDays(3),
            c.leadWorkerId));
  }

  /** The first resident not used yet who matches. */
  private DemoResidents.Written person(Predicate<DemoResidents.Written> matches) {
    DemoResidents.Written found =
        residents.stream()
            .filter(r -> !used.contains(r.id()))
            .filter(matches)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no demo resident fits a consultation"));
    used.add(found.id());
    return found;
  }

  private static boolean male(DemoResidents.Written r) {
    return r.person().sex().equals(SyntheticPeople.MALE);
  }

  private static boolean north(DemoResidents.Written r) {
    return r.houkatsu().equals(HOUKATSU_NORTH);
  }

  private long user(String username) {
    Long id = users.get(username);
    if (id == null) {
      throw new IllegalArgumentException("no demo user " + username);
    }
    return id;
  }

  private long organizationOf(String username) {
    return orgId.applyAsLong(DemoTown.organizationOf(username));
  }

  /** {@code daysAgo} days before today at the given time in Japan. */
  private OffsetDateTime at(int daysAgo, int hour, int minute) {
    return Dice.startOf(today.minusDays(daysAgo)).plusHours(hour).plusMinutes(minute);
  }
}
