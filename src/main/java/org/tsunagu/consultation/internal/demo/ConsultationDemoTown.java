package org.tsunagu.consultation.internal.demo;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.tsunagu.consultation.bulk.ConsultationBulkWriter;
import org.tsunagu.consultation.bulk.ConsultationData;
import org.tsunagu.consultation.bulk.ConsultationIds;
import org.tsunagu.consultation.bulk.ConsultationRows;
import org.tsunagu.consultation.bulk.ConsultationRows.Entry;
import org.tsunagu.consultation.bulk.ConsultationRows.Intake;
import org.tsunagu.consultation.bulk.ConsultationRows.Referral;
import org.tsunagu.consultation.bulk.ConsultationRows.SupportCase;
import org.tsunagu.consultation.bulk.ConsultationTable;
import org.tsunagu.people.AccessGround;
import org.tsunagu.people.bulk.PeopleBulkWriter;
import org.tsunagu.people.bulk.PeopleRows;
import org.tsunagu.people.bulk.SeededResidents;
import org.tsunagu.people.bulk.SeededResidents.Resident;
import org.tsunagu.platform.demo.DemoTownContext;
import org.tsunagu.platform.demo.IdBlock;

/**
 * The demo town's consultations, so that every screen has something to show: the windows (the 社協's
 * counter and phone line, each 包括's and the 自立相談's counter, four salons flying the 「地域の福祉相談 窓口」
 * flag), a dozen intakes (some still new, one about 「角の家の男性」 whom nobody has named yet), eight
 * cases among them the three of seed 002, referrals in every state, plans with overdue actions, and
 * one 支援会議. The logins {@code coordinator} (社協) and {@code agency} (北部包括) find work on their lists.
 * The rows are those the application would have written for the same work: the same timeline
 * entries, consents given at intake, relationships and bases only where the visibility rule allows
 * (ADR 0005). Times are relative to the day the town is loaded. Written through the module's bulk
 * writer, whose rows keep its rules (ADR 0014); one instance per load.
 */
final class ConsultationDemoTown {

  // The demo town's organisations, by the names the demo module gives them.
  static final String SHAKYO = "古河市社会福祉協議会";
  static final String COOP = "こが生活協同組合";
  static final String MEDICAL_COOP = "こが医療生活協同組合";
  static final String HOUKATSU_NORTH = "古河市北部地域包括支援センター";
  static final String HOUKATSU_SOUTH = "古河市南部地域包括支援センター";
  static final String SELF_RELIANCE = "古河市くらし自立相談支援センター";
  static final String CITY = "古河市";
  static final String NPO_CHILDREN = "NPO法人こが子育てひろば";
  static final String NPO_OUTREACH = "NPO法人よりそいネットこが";
  static final String FOOD_BANK = "フードバンクこが";
  static final String SALON = "旭町ふれあいサロン";

  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  private record WindowRef(long id, String name) {}

  /** A case being built, with the organisations that may see its person because of it. */
  private record Built(SupportCase c, Set<Long> seeing, Long intakeBasis) {}

  private final DemoTownContext context;
  private final PeopleBulkWriter writer;
  private final ConsultationBulkWriter consultationWriter;
  private final LocalDate today;
  private final List<Resident> residents;
  private final List<Long> used = new ArrayList<>();
  private final ConsultationData data = new ConsultationData();
  private final Map<String, WindowRef> windows = new HashMap<>();
  private final Map<Long, String> orgNames = new HashMap<>();
  private ConsultationIds ids;
  private Map<Long, Integer> responseDays;
  private int reference;

  ConsultationDemoTown(DemoTownContext context) {
    this.context = context;
    this.writer = new PeopleBulkWriter(context.connection());
    this.consultationWriter = new ConsultationBulkWriter(context.connection(), writer);
    this.today = context.today();
    this.residents = context.shared(SeededResidents.class).residents();
  }

  void write() throws SQLException {
    ids = new ConsultationIds(writer, consultationWriter, 10, 20, 10, 2);
    responseDays = writer.responseDays();
    IdBlock windowIds = consultationWriter.idBlock(ConsultationTable.WINDOW, 10);
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
    for (Referral r : data.referrals) {
      data.entries.addAll(r.timeline(orgNames.get(r.toOrgId)));
    }
    windowIds.release();
    ids.release();
    consultationWriter.write(data);
    consultationWriter.continueCaseReferencesAfter(reference);
  }

  private void windows(IdBlock ids) {
    String flag = "地域の福祉相談窓口";
    window(ids, "shakyo-counter", "総合相談窓口", "OFFICE", SHAKYO, null, "古河市社会福祉協議会 1階");
    window(ids, "shakyo-phone", "電話相談", "PHONE", SHAKYO, null, null);
    window(ids, "north-counter", "相談窓口", "OFFICE", HOUKATSU_NORTH, null, "センター事務所");
    window(ids, "south-counter", "相談窓口", "OFFICE", HOUKATSU_SOUTH, null, "センター事務所");
    window(ids, "jiritsu-counter", "相談窓口", "OFFICE", SELF_RELIANCE, null, "市役所 1階");
    window(ids, "salon-asahi", flag, "SALON", SALON, "旭町一丁目", "旭町集会所");
    window(ids, "salon-keyaki", flag, "SALON", "けやき平いきいきサロン", "けやき平一丁目", "けやき平集会所");
    window(ids, "salon-misugi", flag, "SALON", "三杉町おしゃべりサロン", "三杉町一丁目", "三杉町公民館");
    window(ids, "coop-cafe", "コープカフェ古河", "SALON", COOP, null, "こが生協 店舗2階");
  }

  /** A window run by {@code org}; the 社協 receives what salons take in, others their own. */
  private void window(
      IdBlock ids, String key, String name, String kind, String org, String town, String place) {
    String receiver = kind.equals("SALON") ? SHAKYO : org;
    Long area =
        town == null
            ? null
            : residents.stream()
                .filter(r -> r.townName().equals(town))
                .map(Resident::areaId)
                .findFirst()
                .orElse(null);
    long id = ids.next();
    windows.put(key, new WindowRef(id, name));
    data.windows.add(
        new ConsultationRows.Window(
            id,
            name,
            kind,
            context.organizationId(org),
            context.organizationId(receiver),
            area,
            place));
  }

  // --- seed 002: 高齢の親と社会的自立ができない息子 (alcohol, abuse)

  private void parentAndSon() throws SQLException {
    Resident mother =
        person(
            r ->
                r.householdId() != null
                    && r.age() >= 80
                    && !male(r)
                    && residents.stream()
                        .anyMatch(
                            s ->
                                r.householdId().equals(s.householdId())
                                    && s.age() >= 48
                                    && s.age() <= 55
                                    && male(s)));
    Built b =
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
            false,
            "隣の家から毎晩怒鳴り声が聞こえる。息子さんが昼間からお酒を飲んでいるようだ",
            "ADDICTION",
            "ABUSE_DV",
            "ELDERLY_CARE");
    SupportCase c = b.c();
    c.reviewOn(today.plusDays(14));
    contact(b, "VISIT", at(60, 14, 0), "母親宅を訪問。息子が飲酒しており、母親への暴言を確認した");
    status(b, "SUPPORTING", at(60, 16, 0));
    entry(b, "CALL", at(45, 11, 30), "母親に電話。息子が夜間に大声を出すことが続いている", "coordinator");

    Referral toCentre =
        refer(
                b,
                HOUKATSU_NORTH,
                at(58, 9, 40),
                consent(b, HOUKATSU_NORTH, at(58, 9, 30)),
                "ELDERLY_CARE",
                "ABUSE_DV")
            .opened(at(58, 10, 5), user("agency"));
    accept(b, toCentre, at(58, 13, 0), "agency");
    toCentre.started(at(57, 10, 0), user("agency"));

    long emergency = basis(b, "EMERGENCY", null, "高齢者虐待が疑われるため（高齢者虐待防止法に基づく通報）", at(57, 15, 50));
    Referral toCity = refer(b, CITY, at(57, 16, 0), emergency, "ABUSE_DV");
    accessOnBasis(b, toCity, "高齢者虐待が疑われるため（高齢者虐待防止法に基づく通報）");
    toCity.opened(at(57, 16, 30), user("municipal"));
    accept(b, toCity, at(56, 9, 15), "municipal");
    toCity
        .started(at(56, 9, 20), user("municipal"))
        .completed(
            at(40, 15, 0), user("municipal"), "SUCCESSFUL", null, "虐待の事実確認を行い、見守りを継続することとした");

    Referral toOutreach =
        refer(b, NPO_OUTREACH, at(20, 15, 0), consent(b, NPO_OUTREACH, at(20, 14, 50)), "ADDICTION")
            .opened(at(19, 9, 30), user("staff-yorisoi"));
    accept(b, toOutreach, at(19, 11, 0), "staff-yorisoi");
    // Came back: the NPO could not reach the son, so the 社協 sees it on its work list again.
    toOutreach
        .started(at(18, 10, 0), user("staff-yorisoi"))
        .completed(
            at(3, 16, 0),
            user("staff-yorisoi"),
            "UNSUCCESSFUL",
            "COULD_NOT_REACH",
            "3回訪ねたが息子さんに会えなかった。母親からの連絡を待つ");

    long safety = goal(c, "母親が安心して自宅で暮らし続ける", "OPEN", at(55, 10, 0));
    long sobriety = goal(c, "息子が断酒の支援につながる", "OPEN", at(55, 10, 0));
    action(c, safety, "緊急時の連絡先を家族と確認する", SHAKYO, "coordinator", -50, "DONE", at(52, 11, 0));
    action(c, sobriety, "断酒会・自助グループの情報を息子に伝える", NPO_OUTREACH, "staff-yorisoi", -5, "OPEN", null);
    review(c, 30, "母親の状況は落ち着いている。息子への働きかけを継続");
    supportMeeting(b, List.of(SHAKYO, HOUKATSU_NORTH, CITY, NPO_OUTREACH));
  }

  /**
   * The 支援会議 on the first case, ten days ago, convened by the 社協 (the lead): every member
   * acknowledged the duty of confidentiality; those that could not see the mother may now.
   */
  private void supportMeeting(Built b, List<String> members) throws SQLException {
    SupportCase c = b.c();
    long id = ids.conferences.next();
    LocalDate heldOn = today.minusDays(10);
    OffsetDateTime meetingAt = at(10, 14, 0);
    String title = "北部圏域 支援会議（" + heldOn.getMonthValue() + "月" + heldOn.getDayOfMonth() + "日）";
    data.conferences.add(
        new ConsultationRows.Conference(
            id,
            "SUPPORT_MEETING",
            title,
            heldOn,
            "古河市社会福祉協議会 会議室",
            c.leadOrgId,
            user("coordinator"),
            "母親の安全確保を最優先とし、包括と社協が交代で訪問する。息子には断酒の支援を勧める。",
            "HELD"));
    data.entries.add(system(c, "CONFERENCE", "conference", title, at(17, 10, 0), "coordinator"));
    Map<String, String> attendees =
        Map.of(
            SHAKYO, "coordinator",
            HOUKATSU_NORTH, "agency",
            CITY, "municipal",
            NPO_OUTREACH, "staff-yorisoi");
    for (String org : members) {
      String login = attendees.get(org);
      long orgIdValue = context.organizationId(org);
      data.participants.add(
          new ConsultationRows.Participant(
              id, orgIdValue, context.login(login).displayName(), meetingAt, user(login)));
      if (!sees(b, orgIdValue)) {
        data.accessBases.add(
            new PeopleRows.AccessBasis(
                ids.accessBases.next(),
                c.personId,
                orgIdValue,
                "SUPPORT_MEETING",
                "conference:" + id,
                user("coordinator"),
                meetingAt,
                null,
                null));
      }
    }
    data.conferenceCases.add(new ConsultationRows.ConferenceCase(id, c.id));
    OffsetDateTime decidedAt = meetingAt.plusHours(1);
    long visits = ids.actions.next();
    data.actions.add(
        new ConsultationRows.Action(
            visits,
            c.id,
            null,
            "包括と社協が週1回交代で訪問する",
            context.organizationId(HOUKATSU_NORTH),
            user("agency"),
            today.plusDays(4),
            "OPEN",
            null,
            id,
            decidedAt,
            user("coordinator")));
    data.entries.add(system(c, "PLAN", "action", "包括と社協が週1回交代で訪問する", decidedAt, "coordinator"));
    decision(c, id, "包括と社協が週1回交代で訪問する", visits, decidedAt);
    decision(c, id, "息子の同意が得られれば断酒会につなぐ", null, decidedAt);
    basis(b, "SUPPORT_MEETING", id, "conference:" + id, decidedAt);
  }

  private void decision(
      SupportCase c, long conference, String text, Long action, OffsetDateTime at) {
    data.decisions.add(
        new ConsultationRows.Decision(conference, c.id, text, action, user("coordinator"), at));
    data.entries.add(system(c, "DECISION", "decision", text, at, "coordinator"));
  }

  // --- seed 002: ごみ屋敷で地域から孤立しているケース (hoarding, isolation)

  private void hoarding() throws SQLException {
    Resident man = person(r -> r.alone() && r.age() >= 70 && male(r) && north(r));
    Built b =
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
            false,
            "家の周りにごみ袋が積まれ、近所から苦情が出ている。本人はサロンにも来なくなった",
            "HOARDING",
            "ISOLATION");
    b.c().reviewOn(today.plusDays(7));
    contact(b, "OUTREACH", at(38, 10, 0), "自治会長と同行訪問。玄関まで物があふれている。本人は片付けに消極的");
    status(b, "SUPPORTING", at(38, 15, 0));
    entry(b, "VISIT", at(25, 15, 0), "再訪問。ごみの分別を一緒に確認し、片付けの日程を相談した", "coordinator");
    Referral toOutreach =
        refer(b, NPO_OUTREACH, at(30, 10, 0), consent(b, NPO_OUTREACH, at(30, 9, 50)), "HOARDING")
            .opened(at(30, 14, 0), user("staff-yorisoi"));
    accept(b, toOutreach, at(29, 10, 0), "staff-yorisoi");
    toOutreach.started(at(27, 10, 0), user("staff-yorisoi"));
    int daysAgo = 9;
    int centreDays = responseDays.get(context.organizationId(HOUKATSU_NORTH));
    while (!Referral.respondBy(today.minusDays(daysAgo), centreDays).isBefore(today)) {
      daysAgo++;
    }
    // Past its answer date and not yet opened: late on both work lists.
    refer(b, HOUKATSU_NORTH, at(daysAgo, 11, 0), null, "ISOLATION", "ELDERLY_CARE");
    long tidy = goal(b.c(), "家の中を片付け、安全に暮らす", "OPEN", at(35, 10, 0));
    action(b.c(), tidy, "片付けの日程を本人と決める", SHAKYO, "coordinator", 3, "OPEN", null);
    action(b.c(), tidy, "自治会と見守りの分担を相談する", SHAKYO, "coordinator", -2, "OPEN", null);
  }

  // --- seed 002: 生活のために借金を繰り返す男性 (debt, employment)

  private void debts() throws SQLException {
    Resident man = person(r -> r.age() >= 40 && r.age() <= 60 && male(r));
    Built b =
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
            true,
            "仕事が続かず、生活費のために借金を重ねてしまう。返済の督促が来ている",
            "POVERTY_DEBT",
            "EMPLOYMENT");
    b.c().reviewOn(today.plusDays(30));
    contact(b, "CONTACT", at(33, 11, 0), "家計表を一緒に作成。消費者金融3社から借入あり");
    status(b, "SUPPORTING", at(33, 11, 30));
    Referral toSelfReliance =
        refer(
                b,
                SELF_RELIANCE,
                at(32, 9, 30),
                consent(b, SELF_RELIANCE, at(32, 9, 20)),
                "POVERTY_DEBT",
                "EMPLOYMENT")
            .opened(at(32, 10, 0), user("staff-jiritsu"));
    accept(b, toSelfReliance, at(32, 15, 0), "staff-jiritsu");
    toSelfReliance.started(at(28, 10, 0), user("staff-jiritsu"));
    Referral toFoodBank =
        refer(b, FOOD_BANK, at(32, 11, 0), null, "FOOD").opened(at(32, 13, 0), user("foodbank"));
    accept(b, toFoodBank, at(32, 13, 30), "foodbank");
    toFoodBank
        .started(at(31, 10, 0), user("foodbank"))
        .completed(at(31, 11, 0), user("foodbank"), "SUCCESSFUL", null, "食料品（約10kg）を届けた");
    long budget = goal(b.c(), "生活費の見通しを立てる", "OPEN", at(30, 10, 0));
    long work = goal(b.c(), "就労に向けて生活リズムを整える", "OPEN", at(30, 10, 0));
    action(b.c(), budget, "債務整理の相談に同行する", SELF_RELIANCE, "staff-jiritsu", 10, "OPEN", null);
    action(b.c(), work, "社協の就労訓練（洗車・草刈り）の体験を調整する", SHAKYO, "coordinator", 20, "OPEN", null);
  }

  // --- the northern 包括's own cases

  private void suspectedDementia() throws SQLException {
    Resident woman = person(r -> r.alone() && r.age() >= 80 && !male(r) && north(r));
    Built b =
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
            true,
            "母が同じことを何度も聞くようになった。鍋を焦がしたこともある",
            "ELDERLY_CARE",
            "HEALTH");
    b.c().reviewOn(today.minusDays(3));
    contact(b, "VISIT", at(11, 14, 0), "自宅を訪問。服薬の管理ができていない様子");
    Referral toShakyo =
        refer(b, SHAKYO, at(10, 10, 0), null, "ISOLATION")
            .opened(at(10, 11, 0), user("coordinator"));
    accept(b, toShakyo, at(9, 9, 30), "coordinator");
    // Sent yesterday: pending, not yet due.
    refer(b, MEDICAL_COOP, at(1, 15, 0), consent(b, MEDICAL_COOP, at(1, 14, 50)), "HEALTH");
    long care = goal(b.c(), "必要な介護サービスを利用する", "OPEN", at(10, 16, 0));
    action(b.c(), care, "かかりつけ医に受診を相談する", HOUKATSU_NORTH, "agency", 2, "OPEN", null);
  }

  private void olderCoupleCaring() throws SQLException {
    Resident spouse = person(r -> r.householdId() != null && r.age() >= 75 && !male(r) && north(r));
    Built b =
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
            true,
            "夫の介護で私が倒れそうです",
            "ELDERLY_CARE");
    b.c().reviewOn(today.plusDays(60));
    contact(b, "CONTACT", at(120, 10, 30), "本人と面談。介護保険の申請を案内した");
    status(b, "SUPPORTING", at(120, 11, 0));
    refer(b, CITY, at(115, 10, 0), null, "ELDERLY_CARE")
        .opened(at(115, 13, 0), user("municipal"))
        .withdrawn(at(100, 11, 0), "他の支援で解決したため");
    status(b, "MONITORING", at(60, 10, 0));
    long rest = goal(b.c(), "家族の負担を減らす", "ACHIEVED", at(110, 10, 0));
    action(b.c(), rest, "介護保険の申請を支援する", HOUKATSU_NORTH, "agency", -90, "DONE", at(100, 10, 0));
    review(b.c(), 30, "デイサービスの利用が始まり、負担が軽くなった");
  }

  // --- more of the 社協's cases

  private void familyBudget() throws SQLException {
    Resident mother =
        person(r -> r.householdId() != null && r.age() >= 28 && r.age() <= 45 && !male(r));
    Built b =
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
            true,
            "仕事と子育ての両立が限界です。月末になると食費が足りません",
            "CHILD_REARING",
            "POVERTY_DEBT");
    b.c().reviewOn(today.plusDays(21));
    contact(b, "CONTACT", at(21, 11, 30), "本人と面談し、家計と子育ての困りごとを聞き取った");
    status(b, "SUPPORTING", at(21, 12, 0));
    Referral toSelfReliance =
        refer(
                b,
                SELF_RELIANCE,
                at(18, 10, 0),
                consent(b, SELF_RELIANCE, at(18, 9, 50)),
                "POVERTY_DEBT")
            .opened(at(18, 14, 0), user("staff-jiritsu"));
    accept(b, toSelfReliance, at(17, 10, 0), "staff-jiritsu");
    // Declined two days ago; the coordinator has not looked at the answer yet.
    refer(b, NPO_CHILDREN, at(6, 10, 0), consent(b, NPO_CHILDREN, at(6, 9, 50)), "CHILD_REARING")
        .opened(at(5, 9, 0), user("staff-kosodate"))
        .declined(at(2, 16, 0), user("staff-kosodate"), "NO_CAPACITY", "今年度の定員に達しています");
    long budget = goal(b.c(), "生活費の見通しを立てる", "OPEN", at(17, 15, 0));
    action(b.c(), budget, "家計の状況を一緒に整理する", SELF_RELIANCE, "staff-jiritsu", 7, "OPEN", null);
  }

  private void closedAfterHospital() throws SQLException {
    Resident person = person(r -> r.alone() && r.age() >= 70 && north(r));
    Built b =
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
            false,
            "来週退院する方が一人暮らしで、買い物やごみ出しが難しい（病院の相談員より）",
            "ELDERLY_CARE",
            "ISOLATION");
    contact(b, "VISIT", at(195, 14, 0), "退院後の自宅を訪問。買い物とごみ出しの支援が必要");
    status(b, "SUPPORTING", at(195, 15, 0));
    Referral toCentre =
        refer(
                b,
                HOUKATSU_NORTH,
                at(195, 16, 0),
                consent(b, HOUKATSU_NORTH, at(195, 15, 50)),
                "ELDERLY_CARE")
            .opened(at(194, 9, 0), user("agency"));
    accept(b, toCentre, at(194, 10, 0), "agency");
    toCentre
        .started(at(193, 10, 0), user("agency"))
        .completed(at(150, 10, 0), user("agency"), "SUCCESSFUL", null, "訪問介護の利用を開始した");
    refer(b, COOP, at(190, 10, 0), null, "ISOLATION")
        .opened(at(190, 15, 0), user("coop"))
        .declined(at(188, 10, 0), user("coop"), "OUT_OF_AREA", null)
        .returnSeen(at(188, 14, 0));
    long home = goal(b.c(), "安心して自宅で暮らし続ける", "ACHIEVED", at(194, 10, 0));
    action(b.c(), home, "買い物支援の利用を調整する", SHAKYO, "coordinator", -180, "DONE", at(185, 10, 0));
    b.c().close(at(140, 10, 0), "RESOLVED", "本人の了解を得て終結");
    data.entries.add(system(b.c(), "STATUS", "closed", "RESOLVED", b.c().closedAt, "coordinator"));
  }

  /** Led by the 自立相談, referred to the 社協: the coordinator's incoming referral. */
  private void rentArrears() throws SQLException {
    Resident person = person(r -> r.age() >= 30 && r.age() <= 64);
    Built b =
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
            true,
            "今月の家賃が払えそうにありません。大家さんから連絡が来ています",
            "POVERTY_DEBT",
            "HOUSING");
    b.c().reviewOn(today.plusDays(14));
    contact(b, "CONTACT", at(5, 10, 30), "本人と面談。家賃2か月分の滞納あり");
    refer(b, SHAKYO, at(1, 11, 0), consent(b, SHAKYO, at(1, 10, 50)), "POVERTY_DEBT");
  }

  private void intakesWithoutCase() {
    data.intakes.add(
        intake(
            "salon-asahi",
            "CARD",
            at(1, 15, 30),
            "SALON_HOST",
            false,
            null,
            "旭町一丁目の角の家の男性",
            "最近姿を見かけない。新聞が郵便受けにたまっている",
            "HIGH",
            "salon",
            "ISOLATION"));
    Resident neighbour = person(r -> r.alone() && r.age() >= 75);
    data.intakes.add(
        intake(
                "shakyo-phone",
                "PHONE",
                at(2, 10, 15),
                "NEIGHBOUR",
                false,
                neighbour.id(),
                null,
                "隣の一人暮らしの方が、最近足が悪くなって買い物に困っているようだ",
                "NORMAL",
                "coordinator",
                "ELDERLY_CARE")
            .contact("近隣住民", "090-0000-0101"));
    Resident father = person(r -> r.age() >= 75 && r.householdId() != null && north(r));
    data.intakes.add(
        intake(
            "north-counter",
            "IN_PERSON",
            at(3, 14, 0),
            "FAMILY",
            true,
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
                false,
                null,
                "来所された高齢の女性（名前は伺えず）",
                "成年後見制度について話を聞きたい",
                "LOW",
                "coordinator",
                "OTHER")
            .closedWithoutCase("情報提供のみで解決", at(20, 11, 30), user("coordinator")));
  }

  // --- helpers: the rows the application writes for each step

  /**
   * Opens a case from an intake at {@code window}; when the person agreed there to share, their
   * consent (with every 包括) becomes a basis of the case.
   */
  private Built openCase(
      String title,
      Resident person,
      boolean withHousehold,
      String leadOrg,
      String worker,
      String urgency,
      OffsetDateTime openedAt,
      String window,
      String reporter,
      boolean shares,
      String ownWords,
      String... domains) {
    reference++;
    SupportCase c =
        new SupportCase(
            ids.cases.next(),
            String.format("%d-%06d", openedAt.getYear(), reference),
            person.id(),
            withHousehold ? person.householdId() : null,
            null,
            title,
            context.organizationId(leadOrg),
            user(worker),
            person.areaId(),
            urgency,
            openedAt);
    data.cases.add(c);
    for (String domain : domains) {
      data.needs.add(new ConsultationRows.Need(c.id, domain));
    }
    data.relationships.add(
        new PeopleRows.DatedRelationship(
            ids.relationships.next(),
            person.id(),
            c.leadOrgId,
            "CASE",
            "case:" + c.id,
            AccessGround.NONE,
            openedAt,
            null,
            null));
    String channel =
        window.endsWith("phone") ? "PHONE" : window.startsWith("salon") ? "CARD" : "IN_PERSON";
    OffsetDateTime received =
        window.startsWith("salon") ? openedAt.minusDays(3) : openedAt.minusMinutes(20);
    String recorder = window.startsWith("salon") ? "salon" : worker;
    Intake intake =
        intake(
                window,
                channel,
                received,
                reporter,
                shares,
                person.id(),
                null,
                ownWords,
                urgency,
                recorder,
                domains)
            .becameCase(c.id, openedAt, user(worker));
    data.intakes.add(intake);
    Built b = new Built(c, new HashSet<>(Set.of(c.leadOrgId)), null);
    data.entries.add(system(c, "INTAKE", "intake", windows.get(window).name(), openedAt, worker));
    if (intake.consentId == null) {
      return b;
    }
    long basis = ids.bases.next();
    data.bases.add(
        new ConsultationRows.Basis(
            basis,
            c.id,
            "CONSENT",
            intake.consentId,
            null,
            "intake",
            user(worker),
            openedAt,
            null,
            null));
    data.entries.add(system(c, "DECISION", "basis", "CONSENT", openedAt, worker));
    return new Built(c, b.seeing(), basis);
  }

  /**
   * An intake as recorded; only the person or their family may agree to share (with every 包括), and
   * the agreement is their consent once the person is named.
   */
  private Intake intake(
      String window,
      String channel,
      OffsetDateTime receivedAt,
      String reporter,
      boolean shares,
      Long personId,
      String subject,
      String ownWords,
      String urgency,
      String recordedBy,
      String... domains) {
    boolean family = reporter.equals("FAMILY");
    String reporterName =
        switch (reporter) {
          case "FAMILY" -> "長女";
          case "NEIGHBOUR" -> "近隣住民";
          case "SALON_HOST" -> "サロン代表";
          case "PROFESSIONAL" -> "病院の相談員";
          default -> null;
        };
    boolean agreed = shares && (family || reporter.equals("SELF"));
    long recorder = user(recordedBy);
    long recorderOrg = context.login(recordedBy).organizationId();
    Intake intake =
        new Intake(
            ids.intakes.next(),
            windows.get(window).id(),
            channel,
            receivedAt,
            reporter,
            reporterName,
            personId,
            subject,
            ownWords,
            urgency,
            true,
            agreed,
            recorder,
            recorderOrg,
            List.of(domains));
    if (agreed) {
      Long consent = null;
      if (personId != null) {
        consent = ids.consents.next();
        data.consents.add(
            new PeopleRows.SharingConsent(
                consent,
                personId,
                null,
                Intake.DEFAULT_SHARE_SCOPE,
                family ? reporterName : null,
                channel.equals("PAPER_CARD") ? "WRITTEN" : "ORAL",
                receivedAt.toLocalDate(),
                null,
                recorder,
                recorderOrg,
                receivedAt));
      }
      intake.sharedWith(Intake.DEFAULT_SHARE_SCOPE, consent);
    }
    return intake;
  }

  /** The person's written consent to share with {@code org}, recorded as a basis of the case. */
  private long consent(Built b, String org, OffsetDateTime at) {
    SupportCase c = b.c();
    long consent = ids.consents.next();
    data.consents.add(
        PeopleRows.SharingConsent.withOrganization(
            consent,
            c.personId,
            context.organizationId(org),
            at.toLocalDate(),
            null,
            c.leadWorkerId,
            c.leadOrgId,
            at));
    b.seeing().add(context.organizationId(org));
    return basis(b, "CONSENT", consent, "consent", at);
  }

  private long basis(
      Built b, String kind, Long consentOrConference, String reason, OffsetDateTime at) {
    SupportCase c = b.c();
    long id = ids.bases.next();
    boolean consent = kind.equals("CONSENT");
    data.bases.add(
        new ConsultationRows.Basis(
            id,
            c.id,
            kind,
            consent ? consentOrConference : null,
            kind.equals("SUPPORT_MEETING") ? consentOrConference : null,
            reason,
            c.leadWorkerId,
            at,
            null,
            null));
    data.entries.add(
        new Entry(c.id, "DECISION", at, "basis|" + kind, true, c.leadWorkerId, c.leadOrgId));
    return id;
  }

  /** A referral on a legal basis gives the receiver an access basis in the registry. */
  private void accessOnBasis(Built b, Referral r, String reason) {
    long access = ids.accessBases.next();
    data.accessBases.add(
        new PeopleRows.AccessBasis(
            access,
            b.c().personId,
            r.toOrgId,
            "EMERGENCY",
            "referral:" + r.id + " " + reason,
            b.c().leadWorkerId,
            r.sentAt,
            null,
            null));
    r.accessBasis(access);
    b.seeing().add(r.toOrgId);
  }

  /** A referral sent by the case's worker, on a basis of the case or none. */
  private Referral refer(Built b, String to, OffsetDateTime sentAt, Long basis, String... domains) {
    SupportCase c = b.c();
    long toOrg = context.organizationId(to);
    orgNames.put(toOrg, to);
    Referral r =
        new Referral(
            ids.referrals.next(),
            c.id,
            c.leadOrgId,
            c.leadWorkerId,
            toOrg,
            responseDays.get(toOrg),
            c.urgency,
            "「" + c.title + "」の件で支援をお願いします。",
            sentAt,
            List.of(domains));
    if (basis != null) {
      r.basis(basis).details("本人の同意を得ています。詳しい状況は面談記録をご覧ください。");
    }
    data.referrals.add(r);
    return r;
  }

  /**
   * The receiver accepts; as the application does, it then serves the person (a REFERRAL
   * relationship) only when the referral was sent on a basis and the receiver may see the person:
   * the relationship rests on the basis's consent, or on the receiver's access basis (ADR 0005).
   */
  private void accept(Built b, Referral r, OffsetDateTime at, String login) throws SQLException {
    r.accepted(at, user(login));
    if (r.basisId == null || !sees(b, r.toOrgId)) {
      return;
    }
    Long consent =
        data.bases.stream()
            .filter(basis -> basis.id() == r.basisId)
            .findFirst()
            .orElseThrow()
            .consentId();
    AccessGround ground =
        consent != null
            ? AccessGround.consent(consent)
            : r.accessBasisId == null ? null : AccessGround.basis(r.accessBasisId);
    if (ground == null) {
      return;
    }
    long id = ids.relationships.next();
    data.relationships.add(
        new PeopleRows.DatedRelationship(
            id, b.c().personId, r.toOrgId, "REFERRAL", "referral:" + r.id, ground, at, null, null));
    r.relationship(id);
  }

  /** The visibility rule: what the case made visible, or the registry's own records. */
  private boolean sees(Built b, long org) throws SQLException {
    boolean intakeConsentCovers =
        b.intakeBasis() != null
            && (org == context.organizationId(HOUKATSU_NORTH)
                || org == context.organizationId(HOUKATSU_SOUTH));
    return b.seeing().contains(org) || intakeConsentCovers || writer.visibleTo(b.c().personId, org);
  }

  /** The first contact with the person, by the case's worker. */
  private void contact(Built b, String kind, OffsetDateTime at, String summary) {
    SupportCase c = b.c();
    c.firstContact(at);
    data.entries.add(Entry.manual(c.id, kind, at, summary, c.leadWorkerId, c.leadOrgId));
  }

  private void status(Built b, String status, OffsetDateTime at) {
    b.c().status(status);
    data.entries.add(
        new Entry(
            b.c().id, "STATUS", at, "status|" + status, true, b.c().leadWorkerId, b.c().leadOrgId));
  }

  private void entry(Built b, String kind, OffsetDateTime at, String summary, String by) {
    data.entries.add(Entry.manual(b.c().id, kind, at, summary, user(by), b.c().leadOrgId));
  }

  private Entry system(
      SupportCase c, String kind, String code, Object arg, OffsetDateTime at, String by) {
    return Entry.system(c.id, kind, code, arg, at, user(by), context.login(by).organizationId());
  }

  private long goal(SupportCase c, String text, String status, OffsetDateTime createdAt) {
    long id = ids.goals.next();
    data.goals.add(new ConsultationRows.Goal(id, c.id, text, status, createdAt, c.leadWorkerId));
    data.entries.add(
        new Entry(c.id, "PLAN", createdAt, "goal|" + text, true, c.leadWorkerId, c.leadOrgId));
    return id;
  }

  private void review(SupportCase c, int daysAgo, String note) {
    data.reviews.add(
        new ConsultationRows.Review(
            c.id, today.minusDays(daysAgo), note, c.reviewOn, c.leadWorkerId));
    data.entries.add(
        new Entry(
            c.id, "PLAN", at(daysAgo, 15, 0), "review|" + note, true, c.leadWorkerId, c.leadOrgId));
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
    OffsetDateTime created = c.openedAt.plusDays(3);
    data.actions.add(
        new ConsultationRows.Action(
            ids.actions.next(),
            c.id,
            goal,
            description,
            context.organizationId(org),
            user(login),
            today.plusDays(dueInDays),
            status,
            doneAt,
            null,
            created,
            c.leadWorkerId));
    data.entries.add(
        new Entry(
            c.id, "PLAN", created, "action|" + description, true, c.leadWorkerId, c.leadOrgId));
  }

  /** The first resident not used yet who matches. */
  private Resident person(Predicate<Resident> matches) {
    Resident found =
        residents.stream()
            .filter(r -> !used.contains(r.id()))
            .filter(matches)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no demo resident fits a consultation"));
    used.add(found.id());
    return found;
  }

  private static boolean male(Resident r) {
    return r.male();
  }

  private static boolean north(Resident r) {
    return r.careCentre().equals(HOUKATSU_NORTH);
  }

  private long user(String username) {
    return context.login(username).id();
  }

  /** {@code daysAgo} days before today at the given time in Japan. */
  private OffsetDateTime at(int daysAgo, int hour, int minute) {
    return today.minusDays(daysAgo).atTime(hour, minute).atZone(JAPAN).toOffsetDateTime();
  }
}
