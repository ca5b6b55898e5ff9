package org.tsunagu.aid;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.aid.internal.ledger.AccountKind;
import org.tsunagu.aid.internal.ledger.Ledger;
import org.tsunagu.aid.internal.ledger.Posting;
import org.tsunagu.aid.internal.matching.Assignments;
import org.tsunagu.aid.internal.member.MemberInput;
import org.tsunagu.aid.internal.member.MemberInput.AvailabilityInput;
import org.tsunagu.aid.internal.member.Members;
import org.tsunagu.aid.internal.programme.ProgrammeInput;
import org.tsunagu.aid.internal.programme.ProgrammeInput.MenuItemInput;
import org.tsunagu.aid.internal.programme.ProgrammeInput.RateInput;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.aid.internal.request.RequestInput;
import org.tsunagu.aid.internal.request.RequestTaking;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.TestData;

/**
 * A programme of its own for each test: a 社協 with its coordinator, a supporter with an account, and
 * a recipient, in one town, on the fee table of domain-facts (750円/960円 an hour).
 */
@TestComponent
public class AidFixture {

  /** One test's programme and people. */
  public record Scheme(
      long organization,
      CurrentUser coordinator,
      CurrentUser supporterLogin,
      CurrentUser memberLogin,
      long town,
      long programme,
      long supporter,
      long recipient,
      long recipientPerson) {}

  private final TestData data;
  private final Programmes programmes;
  private final Members members;
  private final RequestTaking requests;
  private final Assignments assignments;
  private final Ledger ledger;
  private final TransactionTemplate tx;
  private final Clock clock;

  AidFixture(
      TestData data,
      Programmes programmes,
      Members members,
      RequestTaking requests,
      Assignments assignments,
      Ledger ledger,
      TransactionTemplate tx,
      Clock clock) {
    this.data = data;
    this.programmes = programmes;
    this.members = members;
    this.requests = requests;
    this.assignments = assignments;
    this.ledger = ledger;
    this.tx = tx;
    this.clock = clock;
  }

  /** Minutes banked by the member this month, as a visit taken in credits would bank them. */
  public void bank(Scheme s, long member, int minutes) {
    tx.execute(
        st ->
            ledger.post(
                s.programme(),
                YearMonth.now(clock),
                "VISIT",
                null,
                null,
                s.coordinator().id(),
                new Posting()
                    .add(AccountKind.CREDIT_HOLDING, member, -minutes)
                    .add(AccountKind.CREDIT_ISSUED, minutes)));
  }

  /** A one-hour shopping visit for the scheme's recipient on a weekday, at 10:00. */
  public long request(Scheme s, LocalDate day) {
    return requests
        .take(
            s.coordinator(),
            s.programme(),
            new RequestInput(
                s.recipient(), "SHOPPING", day.toString(), "10:00", 60, 1, null, null, null, null))
        .get(0);
  }

  /** The scheme's supporter confirmed for the request. */
  public void confirm(Scheme s, long request) {
    assignments.confirm(s.coordinator(), s.programme(), request, s.supporter());
  }

  public Scheme scheme() {
    long org = data.organization(OrganizationType.SHAKYO);
    return scheme(
        data.user(org, Role.COORDINATOR),
        data.user(org, Role.SUPPORTER),
        data.user(org, Role.MEMBER));
  }

  /** A programme run by {@code manager} with the two logins as supporter and recipient. */
  public Scheme scheme(CurrentUser manager, CurrentUser supporterLogin, CurrentUser memberLogin) {
    long town = data.town(TestData.unique("本町"));
    long programme = programmes.create(manager, rules(TestData.unique("住民参加型")));
    long recipientPerson = person(manager, town, "花子");
    long supporter =
        members.join(
            manager,
            programme,
            supporter(person(manager, town, "一郎"), supporterLogin.id(), "2099-03-31", town));
    long recipient = members.join(manager, programme, recipient(recipientPerson, memberLogin.id()));
    return new Scheme(
        manager.organizationId(),
        manager,
        supporterLogin,
        memberLogin,
        town,
        programme,
        supporter,
        recipient,
        recipientPerson);
  }

  public long person(CurrentUser coordinator, long town, String given) {
    return data.register(
        coordinator,
        TestData.inHousehold(
            TestData.person("助合" + TestData.unique(""), given, "すけあい", "たろう", "1948-05-01"),
            town,
            TestData.unique("世帯")));
  }

  public static ProgrammeInput rules(String name) {
    return new ProgrammeInput(
        name,
        1000,
        4,
        60,
        30,
        240,
        "06:00",
        "22:00",
        null,
        null,
        1,
        60,
        true,
        0,
        "OPTIONAL",
        List.of("SELF", "SPOUSE"),
        false,
        false,
        null,
        null,
        0,
        List.of(
            new RateInput("WEEKDAY", 750, 600),
            new RateInput("OUT_OF_HOURS", 960, 800),
            new RateInput("WEEKEND_HOLIDAY", 960, 800),
            new RateInput("YEAR_END", 960, 800)),
        List.of(
            new MenuItemInput("SHOPPING", "買い物", false),
            new MenuItemInput("CLEANING", "掃除", false),
            new MenuItemInput("OUTING", "外出付き添い", true)));
  }

  public static MemberInput supporter(long personId, Long login, String insuredUntil, long town) {
    return new MemberInput(
        personId,
        "SUPPORTER",
        null,
        login,
        null,
        false,
        null,
        "ボランティア活動保険",
        insuredUntil,
        null,
        false,
        List.of("SHOPPING", "CLEANING"),
        List.of(town),
        List.of(
            new AvailabilityInput(1, "09:00", "17:00"),
            new AvailabilityInput(2, "09:00", "17:00"),
            new AvailabilityInput(3, "09:00", "17:00"),
            new AvailabilityInput(4, "09:00", "17:00"),
            new AvailabilityInput(5, "09:00", "17:00")));
  }

  public static MemberInput recipient(long personId, Long login) {
    return new MemberInput(
        personId,
        "RECIPIENT",
        null,
        login,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
