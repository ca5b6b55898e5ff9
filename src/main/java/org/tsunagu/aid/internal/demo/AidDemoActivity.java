package org.tsunagu.aid.internal.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.tsunagu.aid.internal.matching.Matching;
import org.tsunagu.aid.internal.report.ReportInput;
import org.tsunagu.aid.internal.request.RequestInput;
import org.tsunagu.platform.demo.DemoActor;
import org.tsunagu.platform.demo.DemoTownContext;

/**
 * A programme's activity in the demo town: last month's visits taken, matched and reported (one
 * with a worry that reaches consultation, one cancelled on the day), the month settled and closed;
 * and this week's requests, a weekly one among them, some with a supporter and some still open.
 */
final class AidDemoActivity {

  private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

  private final DemoTownContext town;
  private final DemoActor actor;
  private final AidDemoServices services;
  private final Instant now;
  private final AidDemoTown.Scheme scheme;
  private final LocalDate today;

  AidDemoActivity(
      DemoTownContext town,
      DemoActor actor,
      AidDemoServices services,
      Instant now,
      AidDemoTown.Scheme scheme) {
    this.town = town;
    this.actor = actor;
    this.services = services;
    this.now = now;
    this.scheme = scheme;
    this.today = LocalDate.ofInstant(now, ZONE);
  }

  void lastMonth() {
    YearMonth month = YearMonth.from(today).minusMonths(1);
    int visit = 0;
    for (int i = 0; i < scheme.recipients().size() - 2; i++) {
      for (int w = 0; w < 2; w++) {
        LocalDate day = weekday(month.atDay(3 + w * 11 + i % 7));
        LocalDateTime start = day.atTime(i % 2 == 0 ? LocalTime.of(10, 0) : LocalTime.of(14, 0));
        long request =
            take(start.minusDays(3), scheme.recipients().get(i), start, 60 + 30 * (i % 2), 1);
        if (!confirmBest(start.minusDays(3), request)) {
          continue;
        }
        visit++;
        if (visit == 5) {
          cancel(start.minusHours(2), request);
          continue;
        }
        report(start, request, visit == 3 ? "最近物忘れが増えたようで、同じ話を何度もされていました。" : null, i);
      }
    }
    actor.act(
        now,
        scheme.manager(),
        u -> services.settlements().settle(u, scheme.programme(), month.toString()));
  }

  void thisWeek() {
    List<Long> recipients = scheme.recipients();
    for (int i = 0; i < 8; i++) {
      LocalDateTime start =
          weekday(today.plusDays(1 + i % 6))
              .atTime(i % 2 == 0 ? LocalTime.of(10, 0) : LocalTime.of(13, 30));
      long request =
          take(nowLocal(), recipients.get(i % recipients.size()), start, 60, i == 2 ? 8 : 1);
      if (i % 2 == 0) {
        confirmBest(nowLocal(), request);
      }
    }
    if ("coop".equals(scheme.manager())) {
      forTheSupporterLogin();
    }
  }

  /** The demo supporter has a visit to go to and an offer to answer on their phone. */
  private void forTheSupporterLogin() {
    long login = scheme.supporters().get(0);
    LocalDate day = today.plusDays(1);
    while (day.getDayOfWeek().getValue() > 4 || day.getDayOfWeek() == DayOfWeek.WEDNESDAY) {
      day = day.plusDays(1);
    }
    long visit = take(nowLocal(), scheme.recipients().get(3), day.atTime(10, 0), 60, 1);
    long offered =
        take(nowLocal(), scheme.recipients().get(4), day.plusWeeks(1).atTime(9, 30), 60, 1);
    actor.act(
        instant(nowLocal()),
        scheme.manager(),
        u -> {
          if (ranks(u, visit, login)) {
            services.assignments().confirm(u, scheme.programme(), visit, login);
          }
          if (ranks(u, offered, login)) {
            services.assignments().offer(u, scheme.programme(), offered, List.of(login));
          }
        });
  }

  private boolean ranks(org.tsunagu.platform.security.CurrentUser u, long request, long member) {
    return services.matching().suggest(u, scheme.programme(), request).ranked().stream()
        .anyMatch(x -> x.memberId() == member);
  }

  private long take(LocalDateTime at, long recipient, LocalDateTime start, int minutes, int weeks) {
    String service = scheme.menu()[(int) (recipient % scheme.menu().length)];
    RequestInput in =
        new RequestInput(
            recipient,
            "OUTING".equals(service) ? "SHOPPING" : service,
            start.toLocalDate().toString(),
            start.toLocalTime().toString(),
            minutes,
            weeks,
            weeks > 1 ? null : "玄関のチャイムが鳴りにくいので、電話してから訪問",
            null,
            null,
            null);
    return actor.at(
        instant(at),
        scheme.manager(),
        u -> services.requests().take(u, scheme.programme(), in).get(0));
  }

  /** Confirms the best-ranked supporter, if any can come. */
  private boolean confirmBest(LocalDateTime at, long request) {
    return actor.at(
        instant(at),
        scheme.manager(),
        u -> {
          Matching.Suggestions s = services.matching().suggest(u, scheme.programme(), request);
          if (s.ranked().isEmpty()) {
            return false;
          }
          services
              .assignments()
              .confirm(u, scheme.programme(), request, s.ranked().get(0).memberId());
          return true;
        });
  }

  private void report(LocalDateTime start, long request, String concern, int i) {
    ReportInput in =
        new ReportInput(
            start.toLocalTime().toString(),
            start.toLocalTime().plusMinutes(55 + 20 * (i % 3)).toString(),
            "買い物の代行と冷蔵庫の整理",
            i % 3 == 0 ? 320 : 0,
            i % 4 == 0 ? 540 : 0,
            concern,
            null);
    actor.act(
        instant(start.plusHours(3)),
        scheme.manager(),
        u ->
            services
                .reports()
                .recordForSupporter(u, scheme.programme(), request, in, "demo-report-" + request));
  }

  private void cancel(LocalDateTime at, long request) {
    actor.act(
        instant(at),
        scheme.manager(),
        u -> services.cancelling().cancel(u, scheme.programme(), request, false));
  }

  private LocalDateTime nowLocal() {
    return LocalDateTime.ofInstant(now, ZONE).minusMinutes(5);
  }

  private static LocalDate weekday(LocalDate d) {
    LocalDate day = d;
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day;
  }

  private static Instant instant(LocalDateTime t) {
    return t.atZone(ZONE).toInstant();
  }
}
