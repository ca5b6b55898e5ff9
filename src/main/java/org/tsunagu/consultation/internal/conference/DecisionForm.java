package org.tsunagu.consultation.internal.conference;

import org.tsunagu.consultation.internal.casework.Plans;

/** A decision about one case of the conference, perhaps with a plan action (who, what, when). */
public class DecisionForm {

  private Long caseId;
  private String text;
  private String description;
  private Long responsibleOrgId;
  private String dueYear;
  private String dueMonth;
  private String dueDay;

  DayFields dueOn() {
    return DayFields.of(dueYear, dueMonth, dueDay);
  }

  /** Whether any field of the action part was filled in: then it must be complete. */
  boolean hasAction() {
    return !DayFields.blank(description) || responsibleOrgId != null || dueOn().typed();
  }

  /** The action to add to the case's plan, or null when none was asked for. */
  Plans.ActionInput action() {
    if (!hasAction()) {
      return null;
    }
    return new Plans.ActionInput(null, description, responsibleOrgId, null, dueOn().date(), null);
  }

  public Long getCaseId() {
    return caseId;
  }

  public void setCaseId(Long caseId) {
    this.caseId = caseId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Long getResponsibleOrgId() {
    return responsibleOrgId;
  }

  public void setResponsibleOrgId(Long responsibleOrgId) {
    this.responsibleOrgId = responsibleOrgId;
  }

  public String getDueYear() {
    return dueYear;
  }

  public void setDueYear(String dueYear) {
    this.dueYear = dueYear;
  }

  public String getDueMonth() {
    return dueMonth;
  }

  public void setDueMonth(String dueMonth) {
    this.dueMonth = dueMonth;
  }

  public String getDueDay() {
    return dueDay;
  }

  public void setDueDay(String dueDay) {
    this.dueDay = dueDay;
  }
}
