package org.tsunagu.consultation.internal.numbers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The numbers as one long table for CSV and xlsx: a line per figure, saying its section, dimension,
 * the code or id it is about and its label, the measure, the value and its unit. Labels are in the
 * request's language; codes and ids stay, for machines.
 */
final class NumbersTable {

  static final List<String> COLUMNS =
      List.of("from", "to", "section", "dimension", "key", "item", "measure", "value", "unit");

  private final ConsultationNumbers numbers;
  private final NumbersLabels labels;
  private final Locale locale;
  private final List<List<Object>> lines = new ArrayList<>();

  private NumbersTable(ConsultationNumbers numbers, NumbersLabels labels, Locale locale) {
    this.numbers = numbers;
    this.labels = labels;
    this.locale = locale;
  }

  static List<String> header(NumbersLabels labels, Locale locale) {
    return COLUMNS.stream().map(c -> labels.text("numbers.column." + c, locale)).toList();
  }

  static List<List<Object>> lines(ConsultationNumbers n, NumbersLabels labels, Locale locale) {
    NumbersTable t = new NumbersTable(n, labels, locale);
    t.intakes(n.intakes());
    t.cases(n.cases());
    t.referrals(n.referrals());
    t.times(n.times());
    return t.lines;
  }

  private void intakes(IntakeNumbers in) {
    String s = "intakes";
    count(s, "numbers.intakes.total", null, all(), in.received());
    named(s, "numbers.intakes.byWindow", in.byWindow());
    coded(s, "numbers.intakes.byChannel", "channel", in.byChannel());
    coded(s, "numbers.intakes.byDomain", "domain", in.byDomain());
    named(s, "numbers.intakes.byArea", in.byArea());
    coded(s, "numbers.intakes.byStatus", "intakeStatus", in.byStatus());
  }

  private void cases(CaseNumbers c) {
    String s = "cases";
    line(s, "numbers.cases.total", null, all(), "opened", c.opened(), "count");
    line(s, "numbers.cases.total", null, all(), "closed", c.closed(), "count");
    for (CaseTally t : c.byDomain()) {
      openedClosed(s, "numbers.cases.byDomain", t, labels.code("domain", t.key(), locale));
    }
    for (CaseTally t : c.byArea()) {
      openedClosed(s, "numbers.cases.byArea", t, labels.name(t.name(), locale));
    }
    for (CaseTally t : c.byLeadOrganization()) {
      openedClosed(s, "numbers.cases.byLead", t, t.name());
    }
    coded(s, "numbers.cases.closedByReason", "closedReason", c.closedByReason());
    count(s, "numbers.cases.openNow", null, all(), c.openNow());
    coded(s, "numbers.cases.openNow", "caseStatus", c.openNowByStatus());
  }

  private void referrals(ReferralNumbers r) {
    String s = "referrals";
    count(s, "numbers.referrals.total", null, all(), r.sent());
    for (ReceiverTally t : r.byReceiver()) {
      count(
          s,
          "numbers.referrals.byReceiver",
          String.valueOf(t.organizationId()),
          t.name(),
          t.count());
    }
    coded(s, "numbers.referrals.byReceiverType", "orgType", r.byReceiverType());
    coded(s, "numbers.referrals.byStatus", "referralStatus", r.byStatus());
    for (OutcomeTally o : r.byOutcome()) {
      String key =
          o.unsuccessfulReason() == null ? o.outcome() : o.outcome() + ":" + o.unsuccessfulReason();
      String item = labels.code("outcome", o.outcome(), locale);
      if (o.unsuccessfulReason() != null) {
        item += " / " + labels.code("unsuccessfulReason", o.unsuccessfulReason(), locale);
      }
      count(s, "numbers.referrals.byOutcome", key, item, o.count());
    }
    String answers = "numbers.referrals.answers";
    count(s, answers, "ACCEPTED", text("numbers.answers.accepted"), r.accepted());
    count(s, answers, "DECLINED", text("numbers.answers.declined"), r.declined());
    count(s, answers, "WITHDRAWN", text("numbers.answers.withdrawn"), r.withdrawn());
    Answering a = r.answering();
    String by = "numbers.referrals.answering";
    count(s, by, "ON_TIME", text("numbers.answering.onTime"), a.answeredOnTime());
    count(s, by, "LATE", text("numbers.answering.late"), a.answeredLate());
    count(s, by, "OVERDUE", text("numbers.answering.overdue"), a.overdueUnanswered());
    count(s, by, "NOT_YET_DUE", text("numbers.answering.notYetDue"), a.notYetDue());
    count(
        s,
        by,
        "WITHDRAWN_UNANSWERED",
        text("numbers.answering.withdrawnUnanswered"),
        a.withdrawnUnanswered());
    line(
        s,
        by,
        "ON_TIME_PERCENT",
        text("numbers.answering.onTimePercent"),
        "percent",
        a.onTimePercent(),
        "percent");
  }

  private void times(TimeNumbers t) {
    timeTaken("numbers.times.intakeToFirstContact", t.intakeToFirstContact());
    timeTaken("numbers.times.referralToAnswer", t.referralToAnswer());
  }

  private void timeTaken(String dimension, TimeTaken t) {
    String s = "times";
    line(s, dimension, null, all(), "count", t.count(), "count");
    line(s, dimension, null, all(), "median", t.medianHours(), "hours");
    line(s, dimension, null, all(), "p90", t.p90Hours(), "hours");
    line(s, dimension, null, all(), "waiting", t.waiting(), "count");
  }

  private void named(String section, String dimension, List<Tally> tallies) {
    for (Tally t : tallies) {
      count(section, dimension, t.key(), labels.name(t.name(), locale), t.count());
    }
  }

  private void coded(String section, String dimension, String family, List<Tally> tallies) {
    for (Tally t : tallies) {
      count(section, dimension, t.key(), labels.code(family, t.key(), locale), t.count());
    }
  }

  private void openedClosed(String section, String dimension, CaseTally t, String item) {
    line(section, dimension, t.key(), item, "opened", t.opened(), "count");
    line(section, dimension, t.key(), item, "closed", t.closed(), "count");
  }

  private void count(String section, String dimension, String key, String item, long value) {
    line(section, dimension, key, item, "count", value, "count");
  }

  private void line(
      String section,
      String dimension,
      String key,
      String item,
      String measure,
      Object value,
      String unit) {
    lines.add(
        Arrays.asList(
            numbers.from().toString(),
            numbers.to().toString(),
            text("numbers.section." + section),
            text(dimension),
            key,
            item,
            text("numbers.measure." + measure),
            value,
            text("numbers.unit." + unit)));
  }

  private String all() {
    return text("numbers.item.all");
  }

  private String text(String key) {
    return labels.text(key, locale);
  }
}
