package org.tsunagu.consultation.bulk;

import org.tsunagu.platform.demo.TableSequence;

/** The consultation tables whose ids a bulk load reserves in advance. */
public enum ConsultationTable implements TableSequence {
  WINDOW("consultation.consultation_window"),
  SUPPORT_CASE("consultation.support_case"),
  INTAKE("consultation.intake"),
  PLAN_GOAL("consultation.plan_goal"),
  PLAN_ACTION("consultation.plan_action"),
  CASE_BASIS("consultation.case_basis"),
  REFERRAL("consultation.referral"),
  CASE_CONFERENCE("consultation.case_conference");

  private final String qualifiedName;

  ConsultationTable(String qualifiedName) {
    this.qualifiedName = qualifiedName;
  }

  @Override
  public String qualifiedName() {
    return qualifiedName;
  }
}
