package org.tsunagu.demo.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tsunagu.consultation.bulk.ConsultationBulkWriter;
import org.tsunagu.demo.DemoLogin;
import org.tsunagu.people.bulk.PeopleBulkWriter;
import org.tsunagu.people.bulk.PeopleRows;
import org.tsunagu.people.bulk.PeopleTable;
import org.tsunagu.platform.demo.UserBulkWriter;

/**
 * Generates product.md's city-scale set (横浜市, 400,000 persons, 100,000 cases and 150,000 referrals
 * at full size) into an empty database, for benchmarks. Every person is registered by their ward's
 * 社協 and is also in the city 社協's registry, so the benchmark login (a coordinator of the city 社協)
 * sees everyone. Two more logins work cases: an agency worker of the busiest 包括 and a coordinator
 * of the busiest ward 社協.
 */
public final class CityScaleGenerator {

  static final long SEED = 14100L;
  static final String BENCH_USER = "bench";

  private static final Map<Households.Kind, Double> OTHERS_MIX =
      Map.of(
          Households.Kind.ELDERLY_COUPLE, 0.30,
          Households.Kind.FAMILY, 0.45,
          Households.Kind.THREE_GENERATIONS, 0.15,
          Households.Kind.SINGLE_ADULT, 0.10);

  /**
   * What was generated: the API tokens in plain text of the benchmark login, of the busiest 包括's
   * agency worker and of the busiest ward 社協's coordinator; ids of cases the worker's 包括 leads; the
   * row counts.
   */
  public record Result(
      String benchToken,
      Login worker,
      Login coordinator,
      List<Long> workerCaseIds,
      Map<String, Integer> counts) {}

  /** A generated login with its API token in plain text. */
  public record Login(String username, String token) {}

  private final DataSource dataSource;
  private final PasswordEncoder passwordEncoder;
  private final Progress progress;

  public CityScaleGenerator(
      DataSource dataSource, PasswordEncoder passwordEncoder, Progress progress) {
    this.dataSource = dataSource;
    this.passwordEncoder = passwordEncoder;
    this.progress = progress;
  }

  /** Receives a line of progress. */
  @FunctionalInterface
  public interface Progress {
    void report(String line);
  }

  /**
   * Generates the set in one transaction, then vacuums and analyses the tables.
   *
   * @throws IllegalStateException if the registry already holds persons
   */
  public Result generate(CitySize size, LocalDate today) throws SQLException {
    long started = System.nanoTime();
    Map<String, Integer> counts = new LinkedHashMap<>();
    Result result;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      PeopleBulkWriter writer = new PeopleBulkWriter(connection);
      try {
        writer.lockForSeeding();
        if (writer.hasPersons()) {
          throw new IllegalStateException(
              "the registry is not empty: generate-city only fills an empty database");
        }
        try (Statement st = connection.createStatement()) {
          st.execute("SET LOCAL work_mem = '64MB'");
          st.execute("SET LOCAL synchronous_commit = off");
        }
        result = new Run(connection, writer, size, today, counts, started).execute();
        step(started, "committing");
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
      connection.setAutoCommit(true);
      step(started, "vacuuming and analysing");
      writer.vacuumAnalyze();
      new UserBulkWriter(connection).vacuumAnalyze();
      new ConsultationBulkWriter(connection, writer).vacuumAnalyze();
    }
    step(started, "done " + counts);
    return result;
  }

  private void step(long started, String what) {
    progress.report(String.format("[%6.1f s] %s", (System.nanoTime() - started) / 1e9, what));
  }

  /** One generation run. */
  private final class Run {
    private final Connection connection;
    private final PeopleBulkWriter writer;
    private final CitySize size;
    private final LocalDate today;
    private final Map<String, Integer> counts;
    private final long started;
    private final SyntheticPeople people;
    private final List<TownRow> towns = TownRow.load("yokohama.csv");
    private final AreaPlan areas = new AreaPlan();
    private final List<String> wards = new ArrayList<>();
    private final Map<TownRow, Integer> wardOfTown = new LinkedHashMap<>();
    private final List<Integer> districts = new ArrayList<>();
    private CityOrganizations orgs;
    private CityPersons cityPersons;

    Run(
        Connection connection,
        PeopleBulkWriter writer,
        CitySize size,
        LocalDate today,
        Map<String, Integer> counts,
        long started) {
      this.connection = connection;
      this.writer = writer;
      this.size = size;
      this.today = today;
      this.counts = counts;
      this.started = started;
      this.people = new SyntheticPeople(NameLists.bundled(), SEED, today);
    }

    Result execute() throws SQLException {
      planAreasAndOrganizations();
      List<PeopleRows.Area> areaRows =
          areas.rows(writer.reserveIds(PeopleTable.AREA, areas.size()));
      writer.areas(areaRows);
      List<PeopleRows.Organization> orgRows =
          orgs.plan.rows(writer.reserveIds(PeopleTable.ORGANIZATION, orgs.plan.size()), areas);
      writer.organizations(orgRows);
      counts.put("areas", areaRows.size());
      counts.put("organizations", orgRows.size());
      step(started, "areas and organisations written " + counts);
      writePersons();
      String passwordHash = passwordEncoder.encode(DemoLogin.PASSWORD);
      Map<Integer, Integer> wardOfTownIndex = new LinkedHashMap<>();
      wardOfTown.forEach((town, ward) -> wardOfTownIndex.put(areas.townIndex(town), ward));
      CityConsultation.BenchLogins logins =
          new CityConsultation(
                  writer,
                  connection,
                  today,
                  orgs,
                  areas,
                  districts,
                  wardOfTownIndex,
                  cityPersons,
                  line -> step(started, line))
              .generate(size, passwordHash, counts);
      step(started, "consultation written " + counts);
      return writeBenchLogins(passwordHash, logins);
    }

    private void planAreasAndOrganizations() {
      TownRow first = towns.get(0);
      int city = areas.municipality(first.municipality(), first.municipalityCode());
      Map<String, List<TownRow>> byWard = new LinkedHashMap<>();
      for (TownRow town : towns) {
        byWard.computeIfAbsent(town.ward(), w -> new ArrayList<>()).add(town);
      }
      List<List<Integer>> associations = new ArrayList<>();
      byWard.forEach(
          (ward, wardTowns) -> {
            int district = areas.district(city, ward);
            wardTowns.forEach(t -> wardOfTown.put(t, wards.size()));
            wards.add(ward);
            districts.add(district);
            associations.add(areas.associationsWithTowns(district, wardTowns, 5));
          });
      orgs = new CityOrganizations(city, wards, districts, associations);
    }

    private void writePersons() throws SQLException {
      List<List<SyntheticPerson>> households = new ArrayList<>();
      for (int i = 0; i < size.elderlyAlone(); i++) {
        households.add(List.of(people.person(AgeProfile.ELDERLY, 0.65)));
      }
      for (int i = 0; i < size.supporters(); i++) {
        households.add(List.of(people.person(AgeProfile.SUPPORTER, 0.6)));
      }
      Households draw = new Households(people, today, OTHERS_MIX);
      int others = 0;
      while (others < size.others()) {
        List<SyntheticPerson> members = draw.next();
        members = members.subList(0, Math.min(members.size(), size.others() - others));
        households.add(members);
        others += members.size();
      }
      step(started, "persons drawn");

      Postcodes postcodes =
          new Postcodes(Set.copyOf(towns.stream().map(TownRow::municipalityWithWard).toList()));
      int sharedHouseholds =
          (int)
              households.stream()
                  .skip(size.elderlyAlone() + size.supporters())
                  .filter(h -> h.size() > 1)
                  .count();
      long householdId = writer.reserveIds(PeopleTable.HOUSEHOLD, sharedHouseholds);
      long personId = writer.reserveIds(PeopleTable.PERSON, size.persons());
      List<PeopleRows.Household> householdRows = new ArrayList<>(sharedHouseholds);
      List<PeopleRows.Person> persons = new ArrayList<>(size.persons());
      List<PeopleRows.Relationship> relationships = new ArrayList<>(size.persons() * 3);
      long cityShakyo = orgs.plan.id(orgs.cityShakyo);
      cityPersons = new CityPersons(personId, size);
      int index = 0;
      for (List<SyntheticPerson> members : households) {
        TownRow town = towns.get(people.nextInt(towns.size()));
        int ward = wardOfTown.get(town);
        int townIndex = areas.townIndex(town);
        long houkatsu = orgs.plan.id(orgs.houkatsuOf(areas.parent(townIndex)));
        long wardShakyo = orgs.plan.id(orgs.wardShakyo.get(ward));
        long coop = orgs.plan.id(orgs.coopOf(ward));
        String postcode = postcodes.find(town.municipalityWithWard(), town.name());
        String address = people.addressLine(town.name());
        Long household = null;
        if (members.size() > 1) {
          household = householdId + householdRows.size();
          householdRows.add(
              new PeopleRows.Household(
                  household, String.format("Y-%06d", householdRows.size() + 1)));
        }
        boolean supporter =
            index >= size.elderlyAlone() && index < size.elderlyAlone() + size.supporters();
        boolean memberOfCoop = supporter || people.chance(0.12);
        for (SyntheticPerson member : members) {
          long id = personId + index++;
          // Supporters' households are not modelled; only the first group is known to live alone.
          boolean alone = members.size() == 1 && !supporter;
          int age = Period.between(member.birthDate(), today).getYears();
          boolean elderly = age >= 65;
          cityPersons.add(townIndex, ward, age, memberOfCoop);
          persons.add(
              DemoResidents.person(
                  id,
                  member,
                  postcode,
                  town.prefecture(),
                  town.municipalityWithWard(),
                  address,
                  areas.id(townIndex),
                  household,
                  alone,
                  elderly && alone && people.chance(0.2),
                  wardShakyo));
          relationships.add(new PeopleRows.Relationship(id, wardShakyo, "REGISTERED", null));
          relationships.add(
              new PeopleRows.Relationship(id, cityShakyo, "REGISTERED", "city-registry"));
          if (elderly) {
            relationships.add(
                new PeopleRows.Relationship(id, houkatsu, alone ? "WATCH" : "CASE", null));
          }
          if (memberOfCoop) {
            relationships.add(new PeopleRows.Relationship(id, coop, "MEMBERSHIP", null));
          }
        }
      }
      step(started, "rows built");
      writer.households(householdRows);
      counts.put("households", householdRows.size());
      writer.persons(persons);
      counts.put("persons", persons.size());
      step(started, "persons written " + persons.size());
      writer.relationships(relationships);
      counts.put("relationships", relationships.size());
      step(started, "relationships written " + relationships.size());
    }

    private Result writeBenchLogins(String passwordHash, CityConsultation.BenchLogins logins)
        throws SQLException {
      long userId =
          new UserBulkWriter(connection)
              .user(
                  BENCH_USER, passwordHash, "ベンチ 計測", orgs.plan.id(orgs.cityShakyo), "COORDINATOR");
      counts.put("users", counts.getOrDefault("staff", 0) + 1);
      return new Result(
          token(userId),
          new Login(logins.worker().username(), token(logins.worker().id())),
          new Login(logins.coordinator().username(), token(logins.coordinator().id())),
          logins.workerCaseIds(),
          counts);
    }

    /** A token as the application issues them ({@code tsu_} and 256 random bits), for 30 days. */
    private String token(long userId) throws SQLException {
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      String token = "tsu_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      new UserBulkWriter(connection)
          .apiToken(userId, "benchmark", sha256(token), Instant.now().plus(Duration.ofDays(30)));
      return token;
    }
  }

  static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
