package org.tsunagu.consultation.internal.numbers;

/**
 * Whether receivers answered (accepted or declined) referrals by their respond-by date (Tokyo). The
 * on-time share counts only referrals whose answer is due: answered, or unanswered past the date;
 * pending ones not yet due and those withdrawn unanswered are left out. Null when none is due.
 */
public record Answering(
    long answeredOnTime,
    long answeredLate,
    long overdueUnanswered,
    long notYetDue,
    long withdrawnUnanswered,
    Double onTimePercent) {

  static Answering of(
      long onTime, long late, long overdue, long notYetDue, long withdrawnUnanswered) {
    long due = onTime + late + overdue;
    Double percent = due == 0 ? null : Math.round(onTime * 1000.0 / due) / 10.0;
    return new Answering(onTime, late, overdue, notYetDue, withdrawnUnanswered, percent);
  }
}
