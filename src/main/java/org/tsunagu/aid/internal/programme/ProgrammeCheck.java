package org.tsunagu.aid.internal.programme;

import static org.tsunagu.aid.internal.AidChecks.choice;
import static org.tsunagu.aid.internal.AidChecks.optionalRange;
import static org.tsunagu.aid.internal.AidChecks.range;
import static org.tsunagu.aid.internal.AidChecks.text;
import static org.tsunagu.aid.internal.AidChecks.time;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tsunagu.aid.internal.programme.ProgrammeInput.MenuItemInput;
import org.tsunagu.aid.internal.programme.ProgrammeInput.RateInput;
import org.tsunagu.platform.web.Problems;

/** Checks a programme's rules as sent, every problem beside its field, and reads them. */
final class ProgrammeCheck {

  record Checked(String name, FeeRules fees, CreditRules credits, List<MenuItemInput> menu) {}

  private static final int MAX_YEN = 1_000_000;
  private static final Set<String> CREDIT_USERS = Set.of("SELF", "SPOUSE", "PARENT", "CHILD");
  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

  private ProgrammeCheck() {}

  static Checked check(ProgrammeInput in) {
    Problems p = new Problems();
    String name = text(p, "name", in.name(), 100, true);
    Integer fee = range(p, "annualFeeYen", in.annualFeeYen(), 0, MAX_YEN);
    int startMonth = or(optionalRange(p, "feeYearStartMonth", in.feeYearStartMonth(), 1, 12), 4);
    Integer minimum = range(p, "minimumMinutes", in.minimumMinutes(), 1, 1440);
    Integer step = range(p, "stepMinutes", in.stepMinutes(), 1, 1440);
    Integer perDay = optionalRange(p, "maxMinutesPerDay", in.maxMinutesPerDay(), 1, 1440);
    LocalTime from = time(p, "weekdayFrom", in.weekdayFrom());
    LocalTime until = time(p, "weekdayUntil", in.weekdayUntil());
    if (from != null && until != null && !from.isBefore(until)) {
      p.add("weekdayUntil", "aid.validation.afterFrom");
    }
    MonthDay yearEndFrom = monthDay(p, "yearEndFrom", in.yearEndFrom(), MonthDay.of(12, 29));
    MonthDay yearEndUntil = monthDay(p, "yearEndUntil", in.yearEndUntil(), MonthDay.of(1, 3));
    int freeDays =
        or(optionalRange(p, "cancelFreeDaysBefore", in.cancelFreeDaysBefore(), 0, 30), 1);
    int sameDay =
        or(optionalRange(p, "cancelSameDayMinutes", in.cancelSameDayMinutes(), 0, 1440), 60);
    int perVisit = or(optionalRange(p, "payoutPerVisitYen", in.payoutPerVisitYen(), 0, MAX_YEN), 0);
    Map<Band, Rate> rates = rates(p, in.rates());
    String mode =
        in.timeCredits() == null
            ? "NONE"
            : choice(p, "timeCredits", in.timeCredits(), Set.of("NONE", "OPTIONAL", "ONLY"));
    Set<String> users = new LinkedHashSet<>();
    for (String u : in.creditUsers() == null ? List.of("SELF") : in.creditUsers()) {
      if (choice(p, "creditUsers", u, CREDIT_USERS) != null) {
        users.add(u);
      }
    }
    String onLeaving =
        in.creditOnLeaving() == null
            ? "KEEP"
            : choice(
                p, "creditOnLeaving", in.creditOnLeaving(), Set.of("KEEP", "FORFEIT", "DONATE"));
    String onDeath =
        in.creditOnDeath() == null
            ? "FORFEIT"
            : choice(p, "creditOnDeath", in.creditOnDeath(), Set.of("FORFEIT", "FAMILY", "DONATE"));
    int overdraft =
        or(optionalRange(p, "creditOverdraftMinutes", in.creditOverdraftMinutes(), 0, 6000), 0);
    List<MenuItemInput> menu = menu(p, in.menu());
    p.throwIfAny();
    FeeRules fees =
        new FeeRules(
            fee,
            startMonth,
            minimum,
            step,
            perDay,
            from,
            until,
            yearEndFrom,
            yearEndUntil,
            freeDays,
            sameDay,
            !Boolean.FALSE.equals(in.cancelNoNoticeFull()),
            perVisit,
            rates);
    CreditRules credits =
        new CreditRules(
            mode,
            users,
            Boolean.TRUE.equals(in.creditTransferable()),
            Boolean.TRUE.equals(in.creditCashOut()),
            onLeaving,
            onDeath,
            overdraft);
    return new Checked(name, fees, credits, menu);
  }

  private static Map<Band, Rate> rates(Problems p, List<RateInput> in) {
    Map<Band, Rate> rates = new EnumMap<>(Band.class);
    if (in == null) {
      p.add("rates", "validation.required");
      return rates;
    }
    for (int i = 0; i < in.size(); i++) {
      RateInput r = in.get(i);
      String at = "rates[" + i + "].";
      if (r == null) {
        p.add("rates[" + i + "]", "validation.required");
        continue;
      }
      Band band = choice(p, at + "band", r.band(), Band.class);
      Integer recipient = range(p, at + "recipientYenPerHour", r.recipientYenPerHour(), 0, MAX_YEN);
      Integer supporter = range(p, at + "supporterYenPerHour", r.supporterYenPerHour(), 0, MAX_YEN);
      if (band != null && rates.containsKey(band)) {
        p.add(at + "band", "aid.validation.duplicate");
      } else if (band != null && recipient != null && supporter != null) {
        rates.put(band, new Rate(band, recipient, supporter));
      }
    }
    for (Band b : Band.values()) {
      if (!rates.containsKey(b) && p.isEmpty()) {
        p.add("rates", "aid.validation.everyBand");
      }
    }
    return rates;
  }

  private static List<MenuItemInput> menu(Problems p, List<MenuItemInput> in) {
    if (in == null || in.isEmpty()) {
      p.add("menu", "validation.required");
      return List.of();
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < in.size(); i++) {
      MenuItemInput m = in.get(i);
      String at = "menu[" + i + "].";
      if (m == null) {
        p.add("menu[" + i + "]", "validation.required");
        continue;
      }
      String code = text(p, at + "code", m.code(), 40, true);
      if (code != null && !code.matches("[A-Z][A-Z0-9_]*")) {
        p.add(at + "code", "aid.validation.code");
      } else if (code != null && !codes.add(code)) {
        p.add(at + "code", "aid.validation.duplicate");
      }
      text(p, at + "name", m.name(), 60, true);
    }
    return in;
  }

  private static MonthDay monthDay(Problems p, String field, String value, MonthDay otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return MonthDay.parse(value.strip(), MONTH_DAY);
    } catch (DateTimeException e) {
      p.add(field, "aid.validation.monthDay");
      return otherwise;
    }
  }

  private static int or(Integer value, int otherwise) {
    return value == null ? otherwise : value;
  }
}
