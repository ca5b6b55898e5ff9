package org.tsunagu.demo.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch of consultation rows gathered in memory before they are written, with the people-module
 * records (consents, relationships, bases) that keep them consistent with the visibility rule. Rows
 * refer only to rows of the same or earlier batches.
 */
final class ConsultationData {

  final List<ConsultationRows.Window> windows = new ArrayList<>();
  final List<ConsultationRows.SupportCase> cases = new ArrayList<>();
  final List<ConsultationRows.Need> needs = new ArrayList<>();
  final List<ConsultationRows.Intake> intakes = new ArrayList<>();
  final List<ConsultationRows.Entry> entries = new ArrayList<>();
  final List<ConsultationRows.Goal> goals = new ArrayList<>();
  final List<ConsultationRows.Action> actions = new ArrayList<>();
  final List<ConsultationRows.Review> reviews = new ArrayList<>();
  final List<ConsultationRows.Basis> bases = new ArrayList<>();
  final List<ConsultationRows.Referral> referrals = new ArrayList<>();
  final List<ConsultationRows.Conference> conferences = new ArrayList<>();
  final List<ConsultationRows.Participant> participants = new ArrayList<>();
  final List<ConsultationRows.ConferenceCase> conferenceCases = new ArrayList<>();
  final List<ConsultationRows.Decision> decisions = new ArrayList<>();
  final List<Rows.SharingConsent> consents = new ArrayList<>();
  final List<Rows.DatedRelationship> relationships = new ArrayList<>();
  final List<Rows.AccessBasis> accessBases = new ArrayList<>();

  /** Row counts by table, for the generator's report. */
  Map<String, Integer> counts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    addCountsTo(counts);
    return counts;
  }

  /** Adds this batch's row counts to {@code totals}. */
  void addCountsTo(Map<String, Integer> totals) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("windows", windows.size());
    counts.put("intakes", intakes.size());
    counts.put("cases", cases.size());
    counts.put("case_needs", needs.size());
    counts.put("case_entries", entries.size());
    counts.put("plan_goals", goals.size());
    counts.put("plan_actions", actions.size());
    counts.put("plan_reviews", reviews.size());
    counts.put("referrals", referrals.size());
    counts.put("referral_events", referrals.stream().mapToInt(r -> r.events.size()).sum());
    counts.put("case_bases", bases.size());
    counts.put("consents", consents.size());
    counts.put("conferences", conferences.size());
    counts.put("conference_participants", participants.size());
    counts.put("conference_decisions", decisions.size());
    counts.put("case_relationships", relationships.size());
    counts.put("access_bases", accessBases.size());
    counts.forEach((table, n) -> totals.merge(table, n, Integer::sum));
  }

  /** Empties every list, once the batch is written. */
  void clear() {
    for (List<?> rows :
        List.of(
            windows,
            cases,
            needs,
            intakes,
            entries,
            goals,
            actions,
            reviews,
            bases,
            referrals,
            conferences,
            participants,
            conferenceCases,
            decisions,
            consents,
            relationships,
            accessBases)) {
      rows.clear();
    }
  }
}
