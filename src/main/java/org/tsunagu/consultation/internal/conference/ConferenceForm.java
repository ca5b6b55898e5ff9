package org.tsunagu.consultation.internal.conference;

import java.util.ArrayList;
import java.util.List;

/** The convene form, kept as typed: 年/月/日 fields and a fixed number of participant rows. */
public class ConferenceForm {

  static final int PARTICIPANT_ROWS = 5;

  private String kind;
  private String title;
  private String heldYear;
  private String heldMonth;
  private String heldDay;
  private String place;
  private List<Long> caseIds = new ArrayList<>();
  private List<ParticipantLine> participants = new ArrayList<>();

  public ConferenceForm() {
    for (int i = 0; i < PARTICIPANT_ROWS; i++) {
      participants.add(new ParticipantLine());
    }
  }

  /** One participant row: an organisation and the name of who attends for it. */
  public static class ParticipantLine {
    private Long organizationId;
    private String name;

    boolean isEmpty() {
      return organizationId == null && DayFields.blank(name);
    }

    /** Begun but not finished: the row to mark when the participants are refused. */
    public boolean isIncomplete() {
      return !isEmpty() && (organizationId == null || DayFields.blank(name));
    }

    public Long getOrganizationId() {
      return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
      this.organizationId = organizationId;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }
  }

  DayFields heldOn() {
    return DayFields.of(heldYear, heldMonth, heldDay);
  }

  ConferenceConvening.NewConference toInput() {
    Conferences.Kind k = null;
    try {
      k = kind == null ? null : Conferences.Kind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      k = null;
    }
    List<ConferenceConvening.Participant> people = new ArrayList<>();
    for (ParticipantLine line : participants) {
      if (line != null && !line.isEmpty()) {
        // An organisation left unchosen is sent as 0, which the service reports as unknown.
        long org = line.organizationId == null ? 0L : line.organizationId;
        people.add(new ConferenceConvening.Participant(org, line.name));
      }
    }
    return new ConferenceConvening.NewConference(
        k,
        title,
        heldOn().date(),
        place,
        caseIds.stream().filter(java.util.Objects::nonNull).toList(),
        people);
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getHeldYear() {
    return heldYear;
  }

  public void setHeldYear(String heldYear) {
    this.heldYear = heldYear;
  }

  public String getHeldMonth() {
    return heldMonth;
  }

  public void setHeldMonth(String heldMonth) {
    this.heldMonth = heldMonth;
  }

  public String getHeldDay() {
    return heldDay;
  }

  public void setHeldDay(String heldDay) {
    this.heldDay = heldDay;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public List<Long> getCaseIds() {
    return caseIds;
  }

  public void setCaseIds(List<Long> caseIds) {
    this.caseIds = caseIds == null ? new ArrayList<>() : caseIds;
  }

  public List<ParticipantLine> getParticipants() {
    return participants;
  }

  public void setParticipants(List<ParticipantLine> participants) {
    this.participants = participants == null ? new ArrayList<>() : participants;
  }
}
