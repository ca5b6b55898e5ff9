package org.tsunagu.consultation.internal.worklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.worklist.WorkFilter;
import org.tsunagu.platform.worklist.WorkItem;
import org.tsunagu.platform.worklist.WorkItemSource;
import org.tsunagu.platform.worklist.WorkKind;
import org.tsunagu.platform.worklist.WorkList;
import org.tsunagu.platform.worklist.WorkSection;

/**
 * What consultation work needs the user: new intakes at their windows, referrals to answer,
 * referrals sent and awaited or come back, plan actions due and reviews. Each row names the person
 * only where the user's organisation may see them (a referral's receiver often may not).
 */
@Component
class ConsultationWorkItems implements WorkItemSource {

  static final WorkSection INTAKES =
      new WorkSection(
          "consultation.intakes", "worklist.section.intakes", 10, "/intakes?newOnly=true");
  static final WorkSection RECEIVED =
      new WorkSection(
          "consultation.referralsReceived",
          "worklist.section.referralsReceived",
          20,
          "/referrals?box=received&active=true");
  static final WorkSection SENT =
      new WorkSection(
          "consultation.referralsSent",
          "worklist.section.referralsSent",
          30,
          "/referrals?box=sent&active=true");
  static final WorkSection PLAN =
      new WorkSection("consultation.plan", "worklist.section.plan", 40, "/cases");

  /** Within a section: late first, then what waits for the user, then the rest; by deadline. */
  private static final Comparator<WorkItem> PRESSING =
      Comparator.comparingInt((WorkItem i) -> rank(i.kind()))
          .thenComparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()));

  private final JdbcClient jdbc;
  private final PeopleApi people;
  private final Clock clock;

  ConsultationWorkItems(JdbcClient jdbc, PeopleApi people, Clock clock) {
    this.jdbc = jdbc;
    this.people = people;
    this.clock = clock;
  }

  @Override
  public List<WorkSection> sectionsFor(CurrentUser user) {
    return user.may(ConsultationPermissions.CASE_WORK)
        ? List.of(INTAKES, RECEIVED, SENT, PLAN)
        : List.of();
  }

  @Override
  public Work workFor(CurrentUser user, WorkFilter filter) {
    if (!user.may(ConsultationPermissions.CASE_WORK)) {
      return Work.none();
    }
    ConsultationWorkQueries q = queries(user, filter);
    Map<WorkKind, Integer> counts = new EnumMap<>(WorkKind.class);
    List<WorkItem> items = new ArrayList<>();
    items.addAll(
        section(
            list(
                q.newIntakes(),
                WorkQuery.who("subject_description"),
                ConsultationWorkRows::intake,
                counts)));
    items.addAll(
        section(
            list(
                q.referralsToAnswer(),
                WorkQuery.who(null),
                ConsultationWorkRows::received,
                counts)));
    List<WorkItem> sent = new ArrayList<>();
    sent.addAll(
        list(
            q.referralsAwaited(),
            WorkQuery.who("subject_description"),
            ConsultationWorkRows::awaited,
            counts));
    sent.addAll(
        list(
            q.referralsReturned(),
            WorkQuery.who("subject_description"),
            ConsultationWorkRows::returned,
            counts));
    items.addAll(section(sent));
    List<WorkItem> plan = new ArrayList<>();
    plan.addAll(
        list(
            q.actionsDue(),
            WorkQuery.who("subject_description"),
            ConsultationWorkRows::action,
            counts));
    plan.addAll(
        list(
            q.reviewsDue(),
            WorkQuery.who("subject_description"),
            ConsultationWorkRows::review,
            counts));
    items.addAll(section(plan));
    return new Work(items, counts);
  }

  private ConsultationWorkQueries queries(CurrentUser user, WorkFilter filter) {
    List<Long> areas = filter.areaId() == null ? null : people.areaWithDescendants(filter.areaId());
    return new ConsultationWorkQueries(user, filter, LocalDate.now(clock), areas);
  }

  /**
   * The query's rows, adding its counts: those of the rows themselves when they are all there is,
   * else counted in SQL.
   */
  private List<WorkItem> list(
      WorkQuery query,
      String who,
      ConsultationWorkRows.RowMapping mapping,
      Map<WorkKind, Integer> counts) {
    if (query == null) {
      return List.of();
    }
    List<WorkItem> rows = query.list(jdbc, who, (rs, n) -> mapping.map(rs));
    if (rows.size() > WorkList.PER_SECTION) {
      query.count(jdbc, counts);
    } else {
      rows.forEach(i -> counts.merge(i.kind(), 1, Integer::sum));
    }
    return rows;
  }

  private static List<WorkItem> section(List<WorkItem> items) {
    return items.stream().sorted(PRESSING).toList();
  }

  private static int rank(WorkKind kind) {
    return switch (kind) {
      case OVERDUE -> 0;
      case NEW -> 1;
      case REVIEW -> 2;
      case AWAITING -> 3;
    };
  }
}
