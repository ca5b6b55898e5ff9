package org.tsunagu.consultation.internal.referral;

import java.util.ArrayList;
import java.util.List;
import org.tsunagu.consultation.internal.casework.CaseWork;
import org.tsunagu.consultation.internal.casework.Domains;

/** The referral form as posted. */
public class ReferralForm {

  private List<Long> toOrganizationIds = new ArrayList<>();
  private String summary;
  private String details;
  private List<String> domains = new ArrayList<>();
  private String urgency = "NORMAL";
  private Long basisId;

  ReferralSending.SendInput toInput() {
    // The "choose by name" select posts an empty value when nothing is chosen there.
    List<Long> targets = toOrganizationIds.stream().filter(java.util.Objects::nonNull).toList();
    return new ReferralSending.SendInput(
        targets, summary, details, Domains.parse(domains), CaseWork.urgency(urgency), basisId);
  }

  public boolean hasDomain(String d) {
    return domains.contains(d);
  }

  public boolean hasTarget(long id) {
    return toOrganizationIds.contains(id);
  }

  public List<Long> getToOrganizationIds() {
    return toOrganizationIds;
  }

  public void setToOrganizationIds(List<Long> v) {
    toOrganizationIds = v == null ? new ArrayList<>() : v;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String v) {
    summary = v;
  }

  public String getDetails() {
    return details;
  }

  public void setDetails(String v) {
    details = v;
  }

  public List<String> getDomains() {
    return domains;
  }

  public void setDomains(List<String> v) {
    domains = v == null ? new ArrayList<>() : v;
  }

  public String getUrgency() {
    return urgency;
  }

  public void setUrgency(String v) {
    urgency = v;
  }

  public Long getBasisId() {
    return basisId;
  }

  public void setBasisId(Long v) {
    basisId = v;
  }
}
