package org.tsunagu.demo.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.demo.DemoLogin;
import org.tsunagu.people.bulk.PeopleBulkWriter;
import org.tsunagu.people.bulk.PeopleTable;
import org.tsunagu.people.bulk.SeededResidents;
import org.tsunagu.platform.demo.DemoDataContributor;
import org.tsunagu.platform.demo.DemoTownContext;
import org.tsunagu.platform.demo.UserBulkWriter;

/**
 * Loads the demo town (古河市, about 500 synthetic residents, one login per role, a few staff of other
 * organisations, and consultations for every screen) into a database that has no organisations yet,
 * in one transaction. Only when {@code tsunagu.demo.enabled=true}: the embedded database sets that
 * default, a database given by URL never gets the demo town unless it is asked for.
 */
@Component
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
public class DemoTown implements ApplicationRunner {

  static final long SEED = 4L;
  static final int RESIDENTS = 500;
  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  private static final Logger log = LoggerFactory.getLogger(DemoTown.class);

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

  private final DataSource dataSource;
  private final PasswordEncoder passwordEncoder;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final List<DemoDataContributor> contributors;

  @Autowired
  public DemoTown(
      DataSource dataSource,
      PlatformTransactionManager transactions,
      Clock clock,
      ObjectProvider<DemoDataContributor> contributors) {
    this(
        dataSource,
        PasswordEncoderFactories.createDelegatingPasswordEncoder(),
        transactions,
        clock,
        contributors.stream().toList());
  }

  /**
   * Writes the registry's part itself through the people and platform bulk writers, then runs the
   * modules' contributors in their order, all in one transaction of {@code transactions}: the
   * services a contributor calls take part in it.
   */
  public DemoTown(
      DataSource dataSource,
      PasswordEncoder passwordEncoder,
      PlatformTransactionManager transactions,
      Clock clock,
      List<DemoDataContributor> contributors) {
    this.dataSource = dataSource;
    this.passwordEncoder = passwordEncoder;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    this.contributors =
        contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order)).toList();
  }

  /** The demo logins, all with the password {@link DemoLogin#PASSWORD}. */
  public static List<DemoLogin> logins() {
    return LOGINS;
  }

  /** Staff accounts of other organisations that appear in the demo's consultations. */
  static List<DemoLogin> staff() {
    return STAFF;
  }

  static String displayName(String username) {
    return DISPLAY_NAMES.get(username);
  }

  /** The organisation of a demo login or staff account. */
  static String organizationOf(String username) {
    return Stream.concat(LOGINS.stream(), STAFF.stream())
        .filter(l -> l.username().equals(username))
        .findFirst()
        .orElseThrow()
        .organization();
  }

  @Override
  public void run(ApplicationArguments args) throws SQLException {
    load(LocalDate.now(clock.withZone(JAPAN)));
  }

  /** Loads the demo town unless organisations exist; returns whether it loaded it. */
  public boolean load(LocalDate today) throws SQLException {
    long started = System.nanoTime();
    boolean loaded;
    try {
      loaded = Boolean.TRUE.equals(transaction.execute(status -> loadInTransaction(today)));
    } catch (SqlFailure e) {
      throw e.getCause();
    }
    if (!loaded) {
      return false;
    }
    log.info(
        "Loaded the demo town 古河市 ({} logins, password {}) in {} ms",
        LOGINS.size(),
        DemoLogin.PASSWORD,
        (System.nanoTime() - started) / 1_000_000);
    return true;
  }

  /** On the transaction's connection, which the bulk writers and the services share. */
  private boolean loadInTransaction(LocalDate today) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      PeopleBulkWriter writer = new PeopleBulkWriter(connection);
      writer.lockForSeeding();
      if (writer.hasOrganizations()) {
        return false;
      }
      new Loader(connection, writer, today).load();
      return true;
    } catch (SQLException e) {
      throw new SqlFailure(e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  /** A failed statement of a bulk writer, carried out of the transaction's callback. */
  private static final class SqlFailure extends RuntimeException {
    SqlFailure(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }

  /** One load: plans areas and organisations, then writes them, the logins and the residents. */
  private final class Loader {
    private final Connection connection;
    private final PeopleBulkWriter writer;
    private final LocalDate today;
    private final SyntheticPeople people;
    private final AreaPlan areas = new AreaPlan();
    private final OrganizationPlan orgs = new OrganizationPlan();
    private final Map<String, Integer> orgIndex = new HashMap<>();
    private final List<TownRow> towns = TownRow.load("koga.csv");
    private final List<Integer> districts = new ArrayList<>();

    Loader(Connection connection, PeopleBulkWriter writer, LocalDate today) {
      this.connection = connection;
      this.writer = writer;
      this.today = today;
      this.people = new SyntheticPeople(NameLists.bundled(), SEED, today);
    }

    void load() throws SQLException {
      planAreas();
      planOrganizations();
      writer.areas(areas.rows(writer.reserveIds(PeopleTable.AREA, areas.size())));
      writer.organizations(
          orgs.rows(writer.reserveIds(PeopleTable.ORGANIZATION, orgs.size()), areas));
      Map<String, Long> users = writeUsers();
      List<DemoResidents.Written> residents =
          new DemoResidents(writer, people, today, areas, towns, this::orgId, this::houkatsuOf)
              .write(RESIDENTS, users.get("coordinator"));
      DemoTownContext context = context(users);
      context.share(
          SeededResidents.class,
          new SeededResidents(residents.stream().map(DemoResidents.Written::seeded).toList()));
      for (DemoDataContributor contributor : contributors) {
        contributor.writeDemoTown(context);
      }
    }

    private DemoTownContext context(Map<String, Long> users) {
      Map<String, Long> organizations = new HashMap<>();
      orgIndex.forEach((name, index) -> organizations.put(name, orgs.id(index)));
      Map<String, DemoTownContext.Login> logins = new HashMap<>();
      users.forEach(
          (username, id) ->
              logins.put(
                  username,
                  new DemoTownContext.Login(
                      id, DISPLAY_NAMES.get(username), orgId(organizationOf(username)))));
      return new DemoTownContext(connection, today, organizations, logins);
    }

    private void planAreas() {
      TownRow first = towns.get(0);
      int city = areas.municipality(first.municipality(), first.municipalityCode());
      // Four 圏域 by quadrant around the median position of the towns.
      double midLat =
          median(towns.stream().map(TownRow::latitude).filter(Objects::nonNull).toList());
      double midLng =
          median(towns.stream().map(TownRow::longitude).filter(Objects::nonNull).toList());
      String[] names = {"北西部圏域", "北東部圏域", "南西部圏域", "南東部圏域"};
      List<List<TownRow>> quadrants = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        quadrants.add(new ArrayList<>());
      }
      for (TownRow town : towns) {
        boolean south = town.latitude() != null && town.latitude() < midLat;
        boolean east = town.longitude() != null && town.longitude() >= midLng;
        int q = (south ? 2 : 0) + (east ? 1 : 0);
        quadrants.get(q).add(town);
      }
      for (int q = 0; q < 4; q++) {
        int district = areas.district(city, names[q]);
        districts.add(district);
        areas.associationsWithTowns(district, quadrants.get(q), 5);
      }
    }

    private void planOrganizations() {
      int city = 0;
      List<Integer> all = List.of(city);
      add(SHAKYO, "SHAKYO", all, "ISOLATION", "POVERTY_DEBT", "HOARDING", "ELDERLY_CARE", "OTHER");
      add(COOP, "COOP", all, "FOOD", "ISOLATION", "ELDERLY_CARE");
      add(MEDICAL_COOP, "MEDICAL_COOP", all, "HEALTH", "ELDERLY_CARE");
      List<String> careDomains = List.of("ELDERLY_CARE", "ISOLATION", "ABUSE_DV", "HEALTH");
      add(
          HOUKATSU_NORTH,
          "COMMUNITY_CARE_CENTER",
          districts.subList(0, 2),
          careDomains.toArray(String[]::new));
      add(
          HOUKATSU_SOUTH,
          "COMMUNITY_CARE_CENTER",
          districts.subList(2, 4),
          careDomains.toArray(String[]::new));
      add(SELF_RELIANCE, "SELF_RELIANCE_SUPPORT", all, "POVERTY_DEBT", "EMPLOYMENT", "HOUSING");
      add(
          CITY,
          "MUNICIPALITY",
          all,
          "ELDERLY_CARE",
          "CHILD_REARING",
          "DISABILITY",
          "ABUSE_DV",
          "HOUSING",
          "OTHER");
      // The city hall routes a referral to its section first: it answers in five working days.
      orgs.answersWithin(orgIndex.get(CITY), 5);
      add(NPO_CHILDREN, "NPO", all, "CHILD_REARING", "POVERTY_DEBT");
      add(NPO_OUTREACH, "NPO", all, "HOARDING", "ISOLATION", "ADDICTION");
      add(FOOD_BANK, "FOOD_BANK", all, "FOOD");
      addSalon(SALON, "旭町一丁目");
      addSalon("けやき平いきいきサロン", "けやき平一丁目");
      addSalon("三杉町おしゃべりサロン", "三杉町一丁目");
    }

    private void addSalon(String name, String townName) {
      TownRow town =
          towns.stream().filter(t -> t.name().equals(townName)).findFirst().orElse(towns.get(0));
      add(name, "VOLUNTEER_GROUP", List.of(areas.parent(areas.townIndex(town))), "ISOLATION");
    }

    private void add(String name, String type, List<Integer> areaIndices, String... domains) {
      orgIndex.put(name, orgs.add(name, type, areaIndices, domains));
    }

    private String houkatsuOf(TownRow town) {
      int district = areas.parent(areas.parent(areas.townIndex(town)));
      return districts.indexOf(district) < 2 ? HOUKATSU_NORTH : HOUKATSU_SOUTH;
    }

    private long orgId(String name) {
      return orgs.id(orgIndex.get(name));
    }

    private Map<String, Long> writeUsers() throws SQLException {
      // One hash for all: bcrypt is slow on purpose and every demo login has the same password.
      String hash = passwordEncoder.encode(DemoLogin.PASSWORD);
      Map<String, Long> ids = new HashMap<>();
      for (DemoLogin login : Stream.concat(LOGINS.stream(), STAFF.stream()).toList()) {
        ids.put(
            login.username(),
            new UserBulkWriter(connection)
                .user(
                    login.username(),
                    hash,
                    DISPLAY_NAMES.get(login.username()),
                    orgId(login.organization()),
                    login.role()));
      }
      return ids;
    }
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
    return sorted.get(sorted.size() / 2);
  }
}
