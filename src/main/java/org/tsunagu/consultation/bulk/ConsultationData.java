package org.tsunagu.consultation.bulk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tsunagu.people.bulk.PeopleRows;

/**
 * A batch of consultation rows gathered in memory before they are written, with the people-module
 * records (consents, relationships, bases) that keep them consistent with the visibility rule. Rows
 * refer only to rows of the same or earlier batches.
 */
public final class ConsultationData {

  public final List<ConsultationRows.Window> windows = new ArrayList<>();
  public final List<ConsultationRows.SupportCase> cases = new ArrayList<>();
  public final List<ConsultationRows.Need> needs = new ArrayList<>();
  public final List<ConsultationRows.Intake> intakes = new ArrayList<>();
  public final List<ConsultationRows.Entry> entries = new ArrayList<>();
  public final List<ConsultationRows.Goal> goals = new ArrayList<>();
  public final List<ConsultationRows.Action> actions = new ArrayList<>();
  public final List<ConsultationRows.Review> reviews = new ArrayList<>();
  public final List<ConsultationRows.Basis> bases = new ArrayList<>();
  public final List<ConsultationRows.Referral> referrals = new ArrayList<>();
  public final List<ConsultationRows.Conference> conferences = new ArrayList<>();
  public final List<ConsultationRows.Participant> participants = new ArrayList<>();
  public final List<ConsultationRows.ConferenceCase> conferenceCases = new ArrayList<>();
  public final List<ConsultationRows.Decision> decisions = new ArrayList<>();
  public final List<PeopleRows.SharingConsent> consents = new ArrayList<>();
  public final List<PeopleRows.DatedRelationship> relationships = new ArrayList<>();
  public final List<PeopleRows.AccessBasis> accessBases = new ArrayList<>();

  /** Row counts by table, for the generator's report. */
  public Map<String, Integer> counts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    addCountsTo(counts);
    return counts;
  }

  /** Adds this batch's row counts to {@code totals}. */
  public void addCountsTo(Map<String, Integer> totals) {
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
  public void clear() {
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
