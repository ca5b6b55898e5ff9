package org.tsunagu.people.internal.demo;

import static org.tsunagu.people.internal.demo.DemoTownPlan.CITY;
import static org.tsunagu.people.internal.demo.DemoTownPlan.COOP;
import static org.tsunagu.people.internal.demo.DemoTownPlan.FOOD_BANK;
import static org.tsunagu.people.internal.demo.DemoTownPlan.HOUKATSU_NORTH;
import static org.tsunagu.people.internal.demo.DemoTownPlan.NPO_CHILDREN;
import static org.tsunagu.people.internal.demo.DemoTownPlan.NPO_OUTREACH;
import static org.tsunagu.people.internal.demo.DemoTownPlan.SALON;
import static org.tsunagu.people.internal.demo.DemoTownPlan.SELF_RELIANCE;
import static org.tsunagu.people.internal.demo.DemoTownPlan.SHAKYO;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.tsunagu.people.internal.admin.StaffAccounts;
import org.tsunagu.platform.demo.DemoLogin;
import org.tsunagu.platform.demo.DemoTownContext;
import org.tsunagu.platform.demo.UserBulkWriter;
import org.tsunagu.platform.security.Role;

/**
 * The demo town's logins, one per role, and a few staff of the organisations that answer its
 * referrals; all have the password {@link DemoLogin#PASSWORD}.
 */
public final class DemoTownLogins {

  /** The administrator, who sets the town up. */
  static final String ADMIN = "admin";

  private static final List<DemoLogin> LOGINS =
      List.of(
          new DemoLogin(
              "admin", "ADMIN", SHAKYO, "organisations, users, areas, API tokens, audit log"),
          new DemoLogin(
              "coordinator",
              "COORDINATOR",
              SHAKYO,
              "search 山田 or やまだ, intake, consents ending soon, the duplicate 高橋/髙橋"),
          new DemoLogin(
              "agency",
              "AGENCY_WORKER",
              HOUKATSU_NORTH,
              "referrals to the 包括 and the elderly it watches"),
          new DemoLogin(
              "municipal", "MUNICIPAL_OFFICER", CITY, "watch escalations and area numbers"),
          new DemoLogin("coop", "COOP_STAFF", COOP, "mutual aid, salons, food drives of the co-op"),
          new DemoLogin(
              "driver", "DELIVERY_STAFF", COOP, "a door report from a phone in 30 seconds"),
          new DemoLogin("watcher", "WATCHER", SHAKYO, "民生委員: visits and safety checks"),
          new DemoLogin("supporter", "SUPPORTER", COOP, "own help tasks and activity reports"),
          new DemoLogin("member", "MEMBER", COOP, "ask for help in large text"),
          new DemoLogin("salon", "SALON_HOST", SALON, "openings, attendance, a つながりカード"),
          new DemoLogin(
              "foodbank", "FOOD_BANK_STAFF", FOOD_BANK, "donations, stock, distributions"),
          new DemoLogin(
              "evaluator",
              "EVALUATOR",
              SHAKYO,
              "projects and outcome numbers, no personal records"));

  /**
   * Staff of the organisations that answer the demo's referrals but have no demo login; they sign
   * in with the same password.
   */
  private static final List<DemoLogin> STAFF =
      List.of(
          new DemoLogin(
              "staff-jiritsu", "AGENCY_WORKER", SELF_RELIANCE, "debt and rent arrears cases"),
          new DemoLogin(
              "staff-yorisoi", "AGENCY_WORKER", NPO_OUTREACH, "hoarding and alcohol referrals"),
          new DemoLogin(
              "staff-kosodate", "AGENCY_WORKER", NPO_CHILDREN, "declined a referral: full"));

  private static final Map<String, String> DISPLAY_NAMES =
      Map.ofEntries(
          Map.entry("admin", "管理 太郎"),
          Map.entry("coordinator", "中川 さくら"),
          Map.entry("agency", "石井 健司"),
          Map.entry("municipal", "市川 直樹"),
          Map.entry("coop", "森田 みどり"),
          Map.entry("driver", "小野 翔太"),
          Map.entry("watcher", "村上 和子"),
          Map.entry("supporter", "岡田 博"),
          Map.entry("member", "木村 ハル"),
          Map.entry("salon", "青木 良子"),
          Map.entry("foodbank", "松井 誠"),
          Map.entry("evaluator", "西村 聡"),
          Map.entry("staff-jiritsu", "山本 恵"),
          Map.entry("staff-yorisoi", "佐々木 亮"),
          Map.entry("staff-kosodate", "藤井 真由美"));

  private DemoTownLogins() {}

  /** The demo logins, one per role. */
  public static List<DemoLogin> logins() {
    return LOGINS;
  }

  /** Staff accounts of other organisations that appear in the demo's consultations. */
  public static List<DemoLogin> staff() {
    return STAFF;
  }

  /**
   * Bootstraps {@code admin} as the README says a fresh install gets its first administrator: a row
   * in platform.app_user with a bcrypt hash, for no one is signed in yet to create it on the admin
   * screen.
   */
  static DemoTownContext.Login bootstrapAdmin(
      UserBulkWriter users, String passwordHash, long organizationId) throws SQLException {
    String displayName = DISPLAY_NAMES.get(ADMIN);
    long id = users.user(ADMIN, passwordHash, displayName, organizationId, "ADMIN");
    return new DemoTownContext.Login(id, displayName, organizationId);
  }

  /**
   * Creates every other login, then the staff accounts, on the staff-accounts service the admin
   * screen and API use (the caller acts as {@code admin}); returns them by username.
   */
  static Map<String, DemoTownContext.Login> create(
      StaffAccounts accounts, ToLongFunction<String> orgId) {
    Map<String, DemoTownContext.Login> created = new HashMap<>();
    for (DemoLogin login : Stream.concat(LOGINS.stream(), STAFF.stream()).toList()) {
      if (login.username().equals(ADMIN)) {
        continue;
      }
      String displayName = DISPLAY_NAMES.get(login.username());
      long organizationId = orgId.applyAsLong(login.organization());
      long id =
          accounts.create(
              new StaffAccounts.AccountInput(
                  login.username(),
                  displayName,
                  organizationId,
                  Role.valueOf(login.role()),
                  DemoLogin.PASSWORD));
      created.put(login.username(), new DemoTownContext.Login(id, displayName, organizationId));
    }
    return created;
  }
}
