package org.tsunagu.support;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tsunagu.people.AreaLevel;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.people.internal.area.Areas;
import org.tsunagu.people.internal.organization.Organizations;
import org.tsunagu.people.internal.person.PersonInput;
import org.tsunagu.people.internal.person.PersonRegistry;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.security.Users;

/** Builds explicit test data through the application's own use cases. Names are invented. */
@TestComponent
public class TestData {

  public static final String PASSWORD = "correct-horse-42";
  private static final AtomicInteger SEQ = new AtomicInteger();

  private final Organizations organizations;
  private final Users users;
  private final Areas areas;
  private final PersonRegistry registry;
  private final JdbcClient jdbc;

  TestData(
      Organizations organizations,
      Users users,
      Areas areas,
      PersonRegistry registry,
      JdbcClient jdbc) {
    this.organizations = organizations;
    this.users = users;
    this.areas = areas;
    this.registry = registry;
    this.jdbc = jdbc;
  }

  public static String unique(String prefix) {
    return prefix + SEQ.incrementAndGet() + "_" + System.nanoTime() % 100000;
  }

  public long organization(OrganizationType type) {
    return organizations.create(
        unique("テスト機関"), type, null, 3, Set.of(SupportDomain.ELDERLY_CARE), Set.of());
  }

  /** A user of the organisation with the role; its username is returned via the user object. */
  public CurrentUser user(long organizationId, Role role) {
    String name = unique("user");
    long id = users.create(name, PASSWORD, "テスト 利用者", organizationId, role);
    return users.findById(id).orElseThrow();
  }

  public long town(String name) {
    long city =
        areas
            .findByName("テスト市")
            .orElseGet(() -> areas.create(null, AreaLevel.MUNICIPALITY, "テスト市", null, null, null));
    return areas
        .findByName(name)
        .orElseGet(() -> areas.create(city, AreaLevel.TOWN, name, null, null, null));
  }

  public static PersonInput person(
      String family, String given, String familyKana, String givenKana, String birth) {
    return new PersonInput(
        family,
        given,
        familyKana,
        givenKana,
        birth,
        "FEMALE",
        "3060023",
        "茨城県",
        "古河市",
        "本町1-2-3",
        null,
        null,
        "090-0000-1234",
        null,
        true,
        false,
        null);
  }

  /** The person living in the town (a 町丁目) with the household of that reference, not alone. */
  public static PersonInput inHousehold(PersonInput p, long town, String household) {
    return new PersonInput(
        p.familyName(),
        p.givenName(),
        p.familyKana(),
        p.givenKana(),
        p.birthDate(),
        p.sex(),
        p.postcode(),
        p.prefecture(),
        p.municipality(),
        p.addressLine(),
        town,
        null,
        p.phone(),
        household,
        false,
        p.needsSupport(),
        p.notes());
  }

  /** Registers a person as the user (so the user's organisation sees them). */
  public long register(CurrentUser as, PersonInput input) {
    return asUser(as, () -> registry.register(as, input, true));
  }

  public static <T> T asUser(CurrentUser user, java.util.function.Supplier<T> work) {
    var previous = SecurityContextHolder.getContext();
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  public long auditCount(String action, String objectType, Object objectId) {
    return jdbc.sql(
            "SELECT count(*) FROM platform.audit_entry WHERE action = ? AND object_type = ? AND object_id = ?")
        .params(action, objectType, String.valueOf(objectId))
        .query(Long.class)
        .single();
  }

  public long count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }

  public static LocalDate today() {
    return LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
  }
}
