package org.tsunagu.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tsunagu.people.internal.demo.DemoTownLogins;
import org.tsunagu.people.internal.demo.DemoTownPlan;
import org.tsunagu.platform.audit.AuditSealer;
import org.tsunagu.platform.audit.AuditVerifier;
import org.tsunagu.platform.demo.DemoLogin;
import org.tsunagu.platform.security.Users;
import org.tsunagu.platform.text.JapaneseText;
import org.tsunagu.platform.worklist.WorkFilter;
import org.tsunagu.platform.worklist.WorkKind;
import org.tsunagu.platform.worklist.WorkList;

/** The demo town, loaded as the application loads it (LoadedDemoTown). */
class DemoTownTest {

  /**
   * The README's first start stays quick. Through the services, in a JVM that runs them for the
   * first time, the load takes two to four seconds on a busy two-core machine (about six when other
   * builds share it), a third of it the bcrypt hash of each login created.
   */
  private static final long LOAD_MILLIS = 8_000;

  @Test
  void loadsTheDemoTownOnceIntoAnEmptyDatabase() throws Exception {
    PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    LoadedDemoTown.Loaded loaded = LoadedDemoTown.get();
    assertThat(loaded.loadMillis()).isLessThan(LOAD_MILLIS);
    assertThat(loaded.town().load(loaded.today())).isFalse();

    JdbcClient jdbc = loaded.jdbc();
    assertThat(count(jdbc, "SELECT count(*) FROM people.area WHERE level = 'TOWN'")).isEqualTo(109);
    assertThat(count(jdbc, "SELECT count(*) FROM people.area WHERE level = 'DISTRICT'"))
        .isEqualTo(4);
    assertThat(count(jdbc, "SELECT count(*) FROM people.area WHERE level = 'ASSOCIATION'"))
        .isBetween(20L, 30L);
    assertThat(count(jdbc, "SELECT count(*) FROM people.person")).isBetween(495L, 510L);
    assertThat(
            count(
                jdbc,
                "SELECT count(*) FROM people.person p WHERE NOT EXISTS (SELECT 1 FROM"
                    + " people.relationship r WHERE r.person_id = p.id AND r.kind = 'REGISTERED'"
                    + " AND r.organization_id = p.registered_by)"))
        .isZero();
    assertThat(count(jdbc, "SELECT count(*) FROM people.organization_domain")).isGreaterThan(20);
    assertThat(
            count(
                jdbc,
                "SELECT count(*) FROM people.organization o WHERE NOT EXISTS (SELECT 1 FROM"
                    + " people.organization_area a WHERE a.organization_id = o.id)"))
        .isZero();
    assertThat(count(jdbc, "SELECT count(*) FROM people.household")).isGreaterThan(50);
    assertThat(
            count(
                jdbc,
                "SELECT count(*) FROM people.consent WHERE ends_on BETWEEN (now() AT TIME ZONE 'Asia/Tokyo')::date"
                    + " AND (now() AT TIME ZONE 'Asia/Tokyo')::date + 30"))
        .isGreaterThan(0);
    // The README's duplicate: registered twice, the second time after the duplicate check warned.
    assertThat(
            rows(
                jdbc,
                "SELECT a.family_name || ' ' || b.family_name FROM people.duplicate_candidate d"
                    + " JOIN people.person a ON a.id = d.person_a JOIN people.person b ON b.id ="
                    + " d.person_b"))
        .containsExactly("高橋 髙橋");

    // Older than average, and about 40% of those aged 65+ live alone.
    Map<String, Object> elderly =
        jdbc.sql(
                "SELECT count(*) FILTER (WHERE age(birth_date) >= interval '65 years') AS old,"
                    + " count(*) FILTER (WHERE age(birth_date) >= interval '65 years'"
                    + " AND living_alone) AS alone, count(*) AS total FROM people.person")
            .query()
            .singleRow();
    double old = ((Number) elderly.get("old")).doubleValue();
    assertThat(old / ((Number) elderly.get("total")).doubleValue()).isGreaterThan(0.3);
    assertThat(((Number) elderly.get("alone")).doubleValue() / old).isBetween(0.3, 0.5);

    List<Map<String, Object>> persons =
        jdbc.sql(
                "SELECT family_name, given_name, family_kana, given_kana, name_key, kana_key"
                    + " FROM people.person")
            .query()
            .listOfRows();
    assertThat(persons)
        .allSatisfy(
            p -> {
              String nameKey =
                  JapaneseText.searchKey((String) p.get("family_name") + p.get("given_name"));
              String kanaKey =
                  JapaneseText.searchKey((String) p.get("family_kana") + p.get("given_kana"));
              assertThat(p.get("name_key")).isEqualTo(nameKey);
              assertThat(p.get("kana_key")).isEqualTo(kanaKey);
              assertThat(p.get("family_kana"))
                  .isEqualTo(JapaneseText.toKatakana((String) p.get("family_kana")));
            });

    List<Map<String, Object>> users =
        jdbc.sql(
                "SELECT u.username, u.role, u.password_hash, o.name FROM platform.app_user u"
                    + " JOIN people.organization o ON o.id = u.organization_id")
            .query()
            .listOfRows();
    assertThat(users).hasSize(DemoTownLogins.logins().size() + DemoTownLogins.staff().size());
    assertThat(users)
        .allSatisfy(
            u ->
                assertThat(encoder.matches(DemoLogin.PASSWORD, (String) u.get("password_hash")))
                    .isTrue());
    assertThat(users.stream().map(u -> List.of(u.get("username"), u.get("role"), u.get("name"))))
        .containsExactlyInAnyOrderElementsOf(
            Stream.concat(DemoTownLogins.logins().stream(), DemoTownLogins.staff().stream())
                .map(l -> List.<Object>of(l.username(), l.role(), l.organization()))
                .toList());
    assertThat(DemoTownLogins.logins().stream().map(DemoLogin::role).distinct()).hasSize(12);
  }

  @Test
  void shouldGiveEveryConsultationScreenSomethingToShow() throws Exception {
    JdbcClient jdbc = LoadedDemoTown.get().jdbc();

    // Windows: the 社協's counter and phone, each 包括's counter, salons passing on to the 社協.
    assertThat(
            rows(
                jdbc,
                "SELECT w.kind || ' ' || o.name FROM consultation.consultation_window w JOIN"
                    + " people.organization o ON o.id = w.receiving_org_id"))
        .contains(
            "OFFICE " + DemoTownPlan.SHAKYO,
            "PHONE " + DemoTownPlan.SHAKYO,
            "OFFICE " + DemoTownPlan.HOUKATSU_NORTH,
            "OFFICE " + DemoTownPlan.HOUKATSU_SOUTH,
            "SALON " + DemoTownPlan.SHAKYO);
    assertThat(
            count(
                jdbc, "SELECT count(*) FROM consultation.consultation_window WHERE kind = 'SALON'"))
        .isBetween(3L, 4L);

    // Intakes: some new, one about 「角の家の男性」 who is not identified yet.
    assertThat(count(jdbc, "SELECT count(*) FROM consultation.intake")).isBetween(8L, 14L);
    assertThat(count(jdbc, "SELECT count(*) FROM consultation.intake WHERE status = 'NEW'"))
        .isGreaterThanOrEqualTo(2);
    assertThat(
            count(
                jdbc,
                "SELECT count(*) FROM consultation.intake WHERE status = 'NEW' AND person_id IS"
                    + " NULL AND subject_description LIKE '%角の家の男性%'"))
        .isEqualTo(1);

    // Cases: about eight, among them seed 002's three.
    assertThat(count(jdbc, "SELECT count(*) FROM consultation.support_case")).isBetween(6L, 10L);
    assertThat(rows(jdbc, "SELECT title FROM consultation.support_case"))
        .contains("高齢の親と社会的自立ができない息子", "ごみ屋敷で地域から孤立している", "生活のために借金を繰り返す男性");
    assertThat(
            rows(
                jdbc,
                "SELECT n.domain FROM consultation.case_need n JOIN consultation.support_case c"
                    + " ON c.id = n.case_id WHERE c.title = '高齢の親と社会的自立ができない息子'"))
        .contains("ADDICTION", "ABUSE_DV");
    // A salon's card about someone the coordinator named afterwards, and a review overdue.
    assertThat(
            count(
                jdbc,
                "SELECT count(*) FROM consultation.intake WHERE channel = 'CARD' AND person_id IS"
                    + " NOT NULL AND case_id IS NOT NULL"))
        .isEqualTo(1);
    assertThat(
            count(
                jdbc,
                "SELECT count(*) FROM consultation.support_case WHERE status <> 'CLOSED' AND"
                    + " review_on < (now() AT TIME ZONE 'Asia/Tokyo')::date"))
        .isPositive();

    // Referrals in every state, consistent, with the relationships they imply.
    assertThat(rows(jdbc, "SELECT DISTINCT status FROM consultation.referral"))
        .containsExactlyInAnyOrder(
            "PENDING", "ACCEPTED", "DECLINED", "IN_PROGRESS", "COMPLETED", "WITHDRAWN");
    assertThat(ConsultationInvariants.inconsistentReferrals(jdbc)).isEmpty();
    assertThat(ConsultationInvariants.missingVisibility(jdbc)).isEmpty();
    assertThat(ConsultationInvariants.inconsistentIntakes(jdbc)).isEmpty();
    assertThat(ConsultationInvariants.referralsMissingFromTimeline(jdbc)).isEmpty();
    assertThat(
            count(
                jdbc,
                "SELECT count(*) FROM consultation.referral WHERE status = 'PENDING' AND"
                    + " respond_by < (now() AT TIME ZONE 'Asia/Tokyo')::date"))
        .isPositive();
    assertThat(
            count(
                jdbc,
                "SELECT count(*) FROM consultation.referral WHERE status = 'DECLINED' AND"
                    + " return_seen_at IS NULL"))
        .isEqualTo(1);
    assertThat(
            count(
                jdbc,
                "SELECT count(*) FROM consultation.referral WHERE outcome = 'UNSUCCESSFUL' AND"
                    + " return_seen_at IS NULL"))
        .isEqualTo(1);

    // Plans with an overdue action, and a held 支援会議 with its participants.
    assertThat(count(jdbc, "SELECT count(*) FROM consultation.plan_goal")).isPositive();
    assertThat(
            count(
                jdbc,
                "SELECT count(*) FROM consultation.plan_action WHERE status = 'OPEN' AND due_on <"
                    + " (now() AT TIME ZONE 'Asia/Tokyo')::date"))
        .isPositive();
    assertThat(
            count(
                jdbc,
                "SELECT count(*) FROM consultation.case_conference k WHERE k.kind ="
                    + " 'SUPPORT_MEETING' AND k.status = 'HELD' AND 3 <= (SELECT count(*) FROM"
                    + " consultation.conference_participant p WHERE p.conference_id = k.id)"))
        .isEqualTo(1);
    // Every member signed for the duty of confidentiality through its own worker.
    assertThat(
            count(
                jdbc,
                "SELECT count(*) FROM consultation.conference_participant p WHERE"
                    + " p.acknowledged_at IS NULL OR NOT EXISTS (SELECT 1 FROM platform.app_user u"
                    + " WHERE u.id = p.acknowledged_by AND u.organization_id = p.organization_id)"))
        .isZero();

    // The coordinator (社協) and the agency worker (北部包括) have work waiting.
    assertThat(workFor(jdbc, "coordinator")).allSatisfy(n -> assertThat(n).isPositive());
    assertThat(workFor(jdbc, "agency")).allSatisfy(n -> assertThat(n).isPositive());
  }

  /**
   * The README's promise: the coordinator's list has every kind (未対応・期限切れ・回答待ち・見直し) and every
   * section; the agency worker's has intakes, referrals to answer and late ones.
   */
  @Test
  void shouldFillTheWorkListsOfTheCoordinatorAndTheAgencyWorker() throws Exception {
    LoadedDemoTown.Loaded loaded = LoadedDemoTown.get();
    WorkList workList = loaded.bean(WorkList.class);
    Users users = loaded.bean(Users.class);
    WorkFilter everything = new WorkFilter(WorkFilter.Scope.ORGANIZATION, null, null, null);

    WorkList.Result coordinator =
        workList.listFor(users.loadUserByUsername("coordinator"), everything);
    assertThat(coordinator.counts())
        .allSatisfy((kind, n) -> assertThat(n).as(kind.name()).isPositive());
    assertThat(coordinator.groups())
        .extracting(g -> g.section().id())
        .contains(
            "consultation.intakes",
            "consultation.referralsReceived",
            "consultation.referralsSent",
            "consultation.plan");

    WorkList.Result agency = workList.listFor(users.loadUserByUsername("agency"), everything);
    assertThat(agency.counts())
        .hasEntrySatisfying(WorkKind.NEW, n -> assertThat(n).isPositive())
        .hasEntrySatisfying(WorkKind.OVERDUE, n -> assertThat(n).isPositive())
        .hasEntrySatisfying(WorkKind.AWAITING, n -> assertThat(n).isPositive());
    assertThat(agency.groups())
        .extracting(g -> g.section().id())
        .contains("consultation.intakes", "consultation.referralsReceived", "consultation.plan");
  }

  @Test
  void shouldAuditTheDemoWorkByItsLoginsWithoutPersonalDataAndSealIt() throws Exception {
    LoadedDemoTown.Loaded loaded = LoadedDemoTown.get();
    JdbcClient jdbc = loaded.jdbc();
    assertThat(
            count(
                jdbc,
                "SELECT count(*) FROM platform.audit_entry WHERE object_type = 'referral' AND"
                    + " action = 'CREATE'"))
        .isEqualTo(count(jdbc, "SELECT count(*) FROM consultation.referral"));
    // The registry's part went through its services too: every area, organisation, resident,
    // login but the bootstrapped 社協 and admin was created by a demo login, each consent recorded.
    assertThat(
            rows(
                jdbc,
                "SELECT a.object_type || ' ' || u.username || ' ' || count(*) FROM"
                    + " platform.audit_entry a JOIN platform.app_user u ON u.id = a.actor_user_id"
                    + " WHERE a.action IN ('CREATE', 'USER_CREATED') AND"
                    + " a.object_type IN ('area', 'organization', 'app_user', 'person') GROUP BY"
                    + " a.object_type, u.username"))
        .containsExactlyInAnyOrder(
            "area admin " + count(jdbc, "SELECT count(*) FROM people.area"),
            "organization admin " + (count(jdbc, "SELECT count(*) FROM people.organization") - 1),
            "app_user admin " + (count(jdbc, "SELECT count(*) FROM platform.app_user") - 1),
            "person coordinator " + count(jdbc, "SELECT count(*) FROM people.person"));
    assertThat(
            count(
                jdbc,
                "SELECT count(*) FROM people.consent c WHERE NOT EXISTS (SELECT 1 FROM"
                    + " platform.audit_entry a WHERE a.action = 'CONSENT_GIVEN' AND a.detail ="
                    + " 'consent=' || c.id AND a.actor_user_id = c.recorded_by)"))
        .isZero();
    // Each entry names the demo login that acted, and its detail holds ids and codes only.
    assertThat(
            count(
                jdbc,
                "SELECT count(*) FROM platform.audit_entry a WHERE a.actor_user_id IS NULL OR NOT"
                    + " EXISTS (SELECT 1 FROM platform.app_user u WHERE u.id = a.actor_user_id AND"
                    + " u.organization_id = a.actor_org_id)"))
        .isZero();
    assertThat(
            jdbc.sql("SELECT detail FROM platform.audit_entry WHERE detail IS NOT NULL")
                .query(String.class)
                .list())
        .isNotEmpty()
        .allSatisfy(detail -> assertThat(detail).matches("[A-Za-z0-9_=;:,.|-]+"));
    assertThat(
            count(
                jdbc,
                "SELECT count(*) FROM platform.audit_entry a JOIN people.person p ON a.detail LIKE"
                    + " '%' || p.family_name || '%' OR a.detail LIKE '%' || p.phone || '%'"))
        .isZero();

    loaded.bean(AuditSealer.class).sealOnce();
    AuditVerifier.Result chain = loaded.bean(AuditVerifier.class).verify();
    assertThat(chain.intact()).isTrue();
    assertThat(chain.entriesChecked())
        .isEqualTo(count(jdbc, "SELECT count(*) FROM platform.audit_entry"));
  }

  @Test
  void shouldLeaveTheLoadingThreadSignedOutAndOnTheRealTime() throws Exception {
    LoadedDemoTown.Loaded loaded = LoadedDemoTown.get();
    assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    Instant clock = loaded.bean(Clock.class).instant();
    assertThat(Duration.between(clock, Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
  }

  /**
   * For a login: open cases it leads, new intakes for its organisation, referrals waiting for its
   * organisation's answer or handled by it.
   */
  private static List<Long> workFor(JdbcClient jdbc, String username) {
    String user = "(SELECT id FROM platform.app_user WHERE username = '" + username + "')";
    String org =
        "(SELECT organization_id FROM platform.app_user WHERE username = '" + username + "')";
    return List.of(
        count(
            jdbc,
            "SELECT count(*) FROM consultation.support_case WHERE status <> 'CLOSED' AND"
                + " lead_worker_id = "
                + user),
        count(
            jdbc,
            "SELECT count(*) FROM consultation.intake i JOIN consultation.consultation_window w ON"
                + " w.id = i.window_id WHERE i.status = 'NEW' AND w.receiving_org_id = "
                + org),
        count(
            jdbc,
            "SELECT count(*) FROM consultation.referral WHERE (status = 'PENDING' AND to_org_id = "
                + org
                + ") OR (status IN ('ACCEPTED','IN_PROGRESS') AND handled_by = "
                + user
                + ")"));
  }

  private static List<String> rows(JdbcClient jdbc, String sql) {
    return jdbc.sql(sql).query(String.class).list();
  }

  private static long count(JdbcClient jdbc, String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
