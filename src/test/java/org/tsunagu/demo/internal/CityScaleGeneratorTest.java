package org.tsunagu.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.tsunagu.platform.demo.CitySize;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CityScaleGeneratorTest {

  private static final CitySize SIZE = CitySize.scaled(0.01);

  private ScratchDatabase db;
  private CityScaleGenerator generator;
  private CityScaleGenerator.Result result;
  private JdbcClient jdbc;
  private final List<String> progress = new ArrayList<>();

  @BeforeAll
  void generateTheCityAtOneHundredthScale() throws Exception {
    db = new ScratchDatabase();
    generator =
        CityScaleGenerators.of(
            db.dataSource(),
            PasswordEncoderFactories.createDelegatingPasswordEncoder(),
            progress::add);
    result = generator.generate(SIZE, LocalDate.now(DemoTown.JAPAN));
    jdbc = JdbcClient.create(db.dataSource());
  }

  @AfterAll
  void dropTheDatabase() throws Exception {
    db.close();
  }

  @Test
  void shouldGenerateTheRegistry() {
    assertThat(count("SELECT count(*) FROM people.area WHERE level = 'TOWN'")).isEqualTo(1_705);
    assertThat(count("SELECT count(*) FROM people.area WHERE level = 'DISTRICT'")).isEqualTo(18);
    assertThat(count("SELECT count(*) FROM people.area WHERE level = 'ASSOCIATION'"))
        .isBetween(330L, 360L);
    assertThat(count("SELECT count(*) FROM people.person")).isEqualTo(4_000);
    assertThat(
            count(
                "SELECT count(*) FROM people.person WHERE living_alone"
                    + " AND age(birth_date) >= interval '65 years'"))
        .isGreaterThanOrEqualTo(2_000);
    assertThat(
            jdbc.sql("SELECT type || ' ' || count(*) FROM people.organization GROUP BY type")
                .query(String.class)
                .list())
        .containsExactlyInAnyOrder(
            "COMMUNITY_CARE_CENTER 140",
            "COOP 3",
            "FOOD_BANK 10",
            "MEDICAL_COOP 2",
            "MUNICIPALITY 1",
            "NPO 60",
            "SELF_RELIANCE_SUPPORT 18",
            "SHAKYO 19");
    assertThat(
            count(
                "SELECT count(*) FROM people.person p WHERE NOT EXISTS (SELECT 1 FROM"
                    + " people.relationship r WHERE r.person_id = p.id AND r.kind = 'REGISTERED'"
                    + " AND r.organization_id = p.registered_by)"))
        .isZero();
    // Every association is served by exactly one 包括.
    assertThat(
            count(
                "SELECT count(*) FROM people.area a WHERE a.level = 'ASSOCIATION' AND 1 <>"
                    + " (SELECT count(*) FROM people.organization_area oa JOIN"
                    + " people.organization o ON o.id = oa.organization_id WHERE oa.area_id ="
                    + " a.id AND o.type = 'COMMUNITY_CARE_CENTER')"))
        .isZero();
    assertThat(count("SELECT count(*) FROM people.person WHERE postcode IS NULL")).isZero();
    assertThat(progress).isNotEmpty();
  }

  @Test
  void shouldLetTheBenchmarkLoginSeeEveryoneWithAHashedToken() {
    long benchOrg =
        jdbc.sql("SELECT organization_id FROM platform.app_user WHERE username = ?")
            .param(result.bench().username())
            .query(Long.class)
            .single();
    assertThat(
            count(
                "SELECT count(*) FROM people.person WHERE people.visible_to(id, " + benchOrg + ")"))
        .isEqualTo(4_000);
    assertThat(result.bench().token()).startsWith("tsu_");
    assertThat(liveTokensOf(result.bench().username(), result.bench().token())).isEqualTo(1);
  }

  @Test
  void shouldGenerateCasesReferralsAndTheirRowsInProportion() {
    assertThat(count("SELECT count(*) FROM consultation.support_case")).isEqualTo(SIZE.cases());
    assertThat(count("SELECT count(*) FROM consultation.referral")).isEqualTo(SIZE.referrals());
    assertThat(count("SELECT count(*) FROM consultation.consultation_window WHERE kind = 'SALON'"))
        .isEqualTo(1_000);
    assertThat(count("SELECT count(*) FROM consultation.consultation_window WHERE kind <> 'SALON'"))
        .isEqualTo(2 + 2 * 18 + 140 + 18);
    // About 70% closed; led by ward 社協 (~40%), 包括 (~40%) and 自立相談 (~20%).
    assertThat(share("status = 'CLOSED'")).isBetween(0.62, 0.78);
    assertThat(leadShare("SHAKYO")).isBetween(0.32, 0.48);
    assertThat(leadShare("COMMUNITY_CARE_CENTER")).isBetween(0.32, 0.48);
    assertThat(leadShare("SELF_RELIANCE_SUPPORT")).isBetween(0.13, 0.27);
    assertThat(share("urgency = 'NORMAL'")).isBetween(0.7, 0.9);
    assertThat(
            count(
                "SELECT count(*) FROM (SELECT person_id FROM consultation.support_case GROUP BY"
                    + " person_id HAVING count(*) > 1) twice"))
        .isPositive();
    assertThat(perCase("SELECT count(*) FROM consultation.case_need")).isBetween(1.5, 2.1);
    // A few entries written by hand, and those the application writes for each change.
    assertThat(perCase("SELECT count(*) FROM consultation.case_entry WHERE NOT system"))
        .isBetween(2.5, 4.5);
    assertThat(perCase("SELECT count(*) FROM consultation.case_entry WHERE system"))
        .isBetween(10.0, 15.0);
    assertThat(perCase("SELECT count(*) FROM consultation.plan_action")).isBetween(1.2, 2.5);
    assertThat(count("SELECT count(*) FROM consultation.plan_review")).isPositive();
    // One intake per case, plus a tenth as many that did not become cases.
    assertThat(count("SELECT count(*) FROM consultation.intake WHERE status = 'CASE'"))
        .isEqualTo(SIZE.cases());
    assertThat(
            count(
                "SELECT count(*) FROM consultation.support_case c WHERE 1 <> (SELECT count(*)"
                    + " FROM consultation.intake i WHERE i.case_id = c.id AND i.received_at <="
                    + " c.opened_at)"))
        .isZero();
    assertThat(count("SELECT count(*) FROM consultation.intake WHERE status <> 'CASE'"))
        .isEqualTo(SIZE.cases() / 10);
    assertThat(count("SELECT count(*) FROM consultation.intake WHERE status = 'NEW'")).isPositive();
    assertThat(
            count(
                "SELECT count(*) FROM consultation.intake WHERE person_id IS NULL AND"
                    + " subject_description IS NOT NULL"))
        .isPositive();
    assertThat(count("SELECT count(*) FROM consultation.case_conference"))
        .isEqualTo(SIZE.cases() * 3L / 100);
    assertThat(count("SELECT count(*) FROM consultation.conference_participant")).isPositive();
    assertThat(count("SELECT count(*) FROM consultation.conference_decision")).isPositive();
  }

  @Test
  void shouldKeepOpenCasesWorkOnTheWorkLists() {
    assertThat(
            count(
                "SELECT count(*) FROM consultation.support_case WHERE status <> 'CLOSED'"
                    + " AND review_on < (now() AT TIME ZONE 'Asia/Tokyo')::date"))
        .isPositive();
    assertThat(
            count(
                "SELECT count(*) FROM consultation.plan_action a JOIN consultation.support_case c"
                    + " ON c.id = a.case_id WHERE c.status <> 'CLOSED' AND a.status = 'OPEN'"
                    + " AND a.due_on < (now() AT TIME ZONE 'Asia/Tokyo')::date"))
        .isPositive();
    assertThat(
            count(
                "SELECT count(*) FROM consultation.referral WHERE status = 'PENDING'"
                    + " AND respond_by < (now() AT TIME ZONE 'Asia/Tokyo')::date"))
        .isPositive();
    assertThat(
            count(
                "SELECT count(*) FROM consultation.referral WHERE status = 'DECLINED'"
                    + " AND return_seen_at IS NULL"))
        .isPositive();
    // Closed cases have nothing open.
    assertThat(
            count(
                "SELECT count(*) FROM consultation.support_case c WHERE c.status = 'CLOSED' AND"
                    + " (c.review_on IS NOT NULL OR EXISTS (SELECT 1 FROM consultation.plan_action"
                    + " a WHERE a.case_id = c.id AND a.status = 'OPEN') OR EXISTS (SELECT 1 FROM"
                    + " consultation.referral r WHERE r.case_id = c.id AND r.status IN"
                    + " ('PENDING','ACCEPTED','IN_PROGRESS')))"))
        .isZero();
  }

  @Test
  void shouldKeepEveryReferralConsistentWithItsStatus() {
    assertThat(
            jdbc.sql("SELECT status FROM consultation.referral GROUP BY status ORDER BY status")
                .query(String.class)
                .list())
        .containsExactly(
            "ACCEPTED", "COMPLETED", "DECLINED", "IN_PROGRESS", "PENDING", "WITHDRAWN");
    assertThat(ConsultationInvariants.inconsistentReferrals(jdbc)).isEmpty();
    assertThat(ConsultationInvariants.referralsMissingFromTimeline(jdbc)).isEmpty();
    assertThat(ConsultationInvariants.deadlinesOffTheRule(jdbc)).isEmpty();
    assertThat(ConsultationInvariants.historiesOffTheStateMachine(jdbc)).isEmpty();
    assertThat(ConsultationInvariants.inconsistentIntakes(jdbc)).isEmpty();
    assertThat(count("SELECT count(*) FROM consultation.referral_domain"))
        .isGreaterThanOrEqualTo(SIZE.referrals());
    assertThat(
            count(
                "SELECT count(*) FROM consultation.support_case c WHERE NOT EXISTS (SELECT 1 FROM"
                    + " platform.app_user u WHERE u.id = c.lead_worker_id AND u.organization_id ="
                    + " c.lead_org_id)"))
        .isZero();
  }

  @Test
  void shouldRecordVisibilityForEveryCaseAndTakenOnReferral() {
    assertThat(ConsultationInvariants.missingVisibility(jdbc)).isEmpty();
    assertThat(ConsultationInvariants.ungroundedReferralRelationships(jdbc)).isEmpty();
    assertThat(
            count(
                "SELECT count(*) FROM consultation.support_case c WHERE NOT"
                    + " people.visible_to(c.person_id, c.lead_org_id)"))
        .isZero();
    // About half the referrals carry the person's consent as their basis.
    assertThat(
            (double) count("SELECT count(*) FROM consultation.referral WHERE basis_id IS NOT NULL")
                / SIZE.referrals())
        .isBetween(0.4, 0.65);
    // A receiver that took a referral on serves the person only if it may see them.
    assertThat(
            count(
                "SELECT count(*) FROM consultation.referral f JOIN consultation.support_case c ON"
                    + " c.id = f.case_id WHERE f.relationship_id IS NOT NULL AND f.basis_id IS NULL"
                    + " AND NOT EXISTS (SELECT 1 FROM people.relationship r WHERE r.person_id ="
                    + " c.person_id AND r.organization_id = f.to_org_id AND r.kind <> 'REFERRAL')"
                    + " AND NOT EXISTS (SELECT 1 FROM people.consent k JOIN people.organization o"
                    + " ON o.id = f.to_org_id WHERE k.person_id = c.person_id AND (k.scope_org_id ="
                    + " o.id OR k.scope_org_type = o.type) AND k.recorded_at <= f.answered_at)"
                    + " AND NOT EXISTS (SELECT 1 FROM people.relationship r JOIN"
                    + " consultation.referral g ON r.id = g.relationship_id WHERE g.case_id ="
                    + " f.case_id AND g.to_org_id = f.to_org_id AND g.answered_at < f.answered_at)"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM consultation.referral WHERE status IN"
                    + " ('ACCEPTED','IN_PROGRESS','COMPLETED') AND relationship_id IS NULL"))
        .isPositive();
    // A held 支援会議 is a basis of the cases its lead convened it for, and lets the members that
    // acknowledged their duty of confidentiality see the persons discussed.
    assertThat(
            count(
                "SELECT count(*) FROM consultation.case_basis b JOIN consultation.case_conference"
                    + " k ON k.id = b.conference_id JOIN consultation.support_case c ON c.id ="
                    + " b.case_id WHERE b.kind = 'SUPPORT_MEETING' AND (k.kind <> 'SUPPORT_MEETING'"
                    + " OR k.status <> 'HELD' OR k.convened_by_org <> c.lead_org_id)"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM people.access_basis a WHERE a.kind = 'SUPPORT_MEETING' AND"
                    + " NOT EXISTS (SELECT 1 FROM consultation.conference_participant p JOIN"
                    + " consultation.conference_case cc ON cc.conference_id = p.conference_id JOIN"
                    + " consultation.support_case c ON c.id = cc.case_id WHERE a.reason ="
                    + " 'conference:' || p.conference_id AND p.organization_id = a.organization_id"
                    + " AND p.acknowledged_at IS NOT NULL AND c.person_id = a.person_id)"))
        .isZero();
    assertThat(count("SELECT count(*) FROM people.access_basis WHERE kind = 'SUPPORT_MEETING'"))
        .isPositive();
  }

  @Test
  void shouldWriteTokensForTheBusiestAgencyWorkerAndCoordinator() {
    Map<String, Object> worker = login(result.worker().username());
    assertThat(worker.get("role")).isEqualTo("AGENCY_WORKER");
    assertThat(worker.get("type")).isEqualTo("COMMUNITY_CARE_CENTER");
    Map<String, Object> coordinator = login(result.coordinator().username());
    assertThat(coordinator.get("role")).isEqualTo("COORDINATOR");
    assertThat(coordinator.get("type")).isEqualTo("SHAKYO");
    assertThat(coordinator.get("name")).isNotEqualTo("横浜市社会福祉協議会");
    assertThat(liveTokensOf(result.worker().username(), result.worker().token())).isEqualTo(1);
    assertThat(liveTokensOf(result.coordinator().username(), result.coordinator().token()))
        .isEqualTo(1);
    // The worker's 包括 leads more open cases than any other, and the listed cases are its own.
    long workerOrg = ((Number) worker.get("organization_id")).longValue();
    assertThat(
            count(
                "SELECT count(*) FROM consultation.support_case WHERE status <> 'CLOSED' AND"
                    + " lead_org_id = "
                    + workerOrg))
        .isEqualTo(
            count(
                "SELECT max(n) FROM (SELECT count(*) n FROM consultation.support_case c JOIN"
                    + " people.organization o ON o.id = c.lead_org_id WHERE c.status <> 'CLOSED'"
                    + " AND o.type = 'COMMUNITY_CARE_CENTER' GROUP BY c.lead_org_id) x"));
    assertThat(result.workerCaseIds()).isNotEmpty().doesNotHaveDuplicates();
    assertThat(
            jdbc.sql(
                    "SELECT DISTINCT lead_org_id FROM consultation.support_case WHERE id IN (:ids)")
                .param("ids", result.workerCaseIds())
                .query(Long.class)
                .list())
        .containsExactly(workerOrg);
  }

  @Test
  void shouldGiveMutualAidAYearWhoseLedgerBalancesAndAWeekToAssign() {
    assertThat(count("SELECT count(*) FROM aid.programme")).isEqualTo(21);
    assertThat(count("SELECT count(*) FROM aid.member WHERE member_type = 'SUPPORTER'"))
        .isEqualTo(SIZE.supporters());
    assertThat(count("SELECT count(*) FROM aid.activity_report"))
        .isBetween(SIZE.elderlyAlone() / 4 * 10L, SIZE.elderlyAlone() / 4 * 30L);
    assertThat(
            count(
                "SELECT count(*) FROM (SELECT e.journal_id FROM aid.entry e JOIN aid.account a ON"
                    + " a.id = e.account_id GROUP BY e.journal_id, a.unit HAVING sum(e.amount) <>"
                    + " 0) x"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM aid.activity_report r WHERE (r.journal_id IS NULL) <>"
                    + " (r.started_at >= (date_trunc('month', now() AT TIME ZONE 'Asia/Tokyo') -"
                    + " interval '1 month') AT TIME ZONE 'Asia/Tokyo')"))
        .as("every month settled but the last")
        .isZero();
    assertThat(count("SELECT count(*) FROM aid.closed_month")).isEqualTo(21 * 11);
    assertThat(count("SELECT count(*) FROM aid.help_request WHERE status = 'OPEN'"))
        .isEqualTo(SIZE.supporters() / 10);
    assertThat(
            count(
                "SELECT count(*) FROM aid.supporter s JOIN aid.member m ON m.id = s.member_id JOIN"
                    + " people.area_place a ON a.id = m.area_id WHERE a.latitude IS NOT NULL AND"
                    + " s.latitude IS NULL"))
        .as("every supporter placed where their 町丁目 is known")
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM aid.member m WHERE NOT EXISTS (SELECT 1 FROM"
                    + " people.relationship r WHERE r.id = m.relationship_id AND r.kind ="
                    + " 'MEMBERSHIP')"))
        .isZero();
  }

  @Test
  void shouldWatchEveryoneLivingAloneOnAConsentWithADailyContactAndTheirDriverSeeingThem() {
    assertThat(count("SELECT count(*) FROM watch.target WHERE active"))
        .isEqualTo(SIZE.elderlyAlone());
    assertThat(count("SELECT count(*) FROM watch.agreement")).isEqualTo(18);
    assertThat(count("SELECT count(*) FROM watch.expected_contact WHERE next_due_at > now()"))
        .isEqualTo(SIZE.elderlyAlone());
    assertThat(
            count(
                "SELECT count(*) FROM watch.target t JOIN people.consent c ON c.id = t.consent_id"
                    + " WHERE c.purpose = 'WATCH' AND c.person_id = t.person_id"))
        .isEqualTo(SIZE.elderlyAlone());
    // Every driver's organisation (the co-op) sees each household on the driver's round.
    assertThat(
            count(
                "SELECT count(*) FROM watch.watcher w JOIN watch.target t ON t.id = w.target_id JOIN"
                    + " platform.app_user u ON u.id = w.user_id WHERE NOT people.visible_to(t.person_id,"
                    + " u.organization_id, 'WATCH')"))
        .isZero();
    assertThat(count("SELECT count(*) FROM watch.alert WHERE status = 'OPEN'")).isPositive();
    assertThat(
            count(
                "SELECT count(*) FROM watch.alert a WHERE NOT EXISTS (SELECT 1 FROM watch.alert_step s"
                    + " WHERE s.alert_id = a.id AND s.position = 1 AND s.notified_at IS NOT NULL)"))
        .isZero();
  }

  @Test
  void shouldRefuseToFillADatabaseThatHasPersons() {
    assertThatThrownBy(() -> generator.generate(SIZE, LocalDate.now()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not empty");
  }

  private Map<String, Object> login(String username) {
    return jdbc.sql(
            "SELECT u.role, u.organization_id, o.type, o.name FROM platform.app_user u JOIN"
                + " people.organization o ON o.id = u.organization_id WHERE u.username = ?")
        .param(username)
        .query()
        .singleRow();
  }

  private long liveTokensOf(String username, String token) {
    return jdbc.sql(
            "SELECT count(*) FROM platform.api_token t JOIN platform.app_user u ON u.id ="
                + " t.user_id WHERE u.username = ? AND t.expires_at > now() + interval '29 days'"
                + " AND t.token_hash = sha256(convert_to(?, 'UTF8'))")
        .params(username, token)
        .query(Long.class)
        .single();
  }

  private double share(String condition) {
    return (double) count("SELECT count(*) FROM consultation.support_case WHERE " + condition)
        / SIZE.cases();
  }

  private double leadShare(String type) {
    return (double)
            count(
                "SELECT count(*) FROM consultation.support_case c JOIN people.organization o ON"
                    + " o.id = c.lead_org_id WHERE o.type = '"
                    + type
                    + "'")
        / SIZE.cases();
  }

  private double perCase(String countSql) {
    return (double) count(countSql) / SIZE.cases();
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
