package org.tsunagu.consultation.internal.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tsunagu.consultation.internal.casework.Domains;

/** The intake form and the phone card as posted; yes/no answers may be left unanswered. */
public class IntakeForm {

  private Long windowId;
  private String channel = "IN_PERSON";
  private String receivedOn;
  private String reporterKind = "SELF";
  private String reporterName;
  private Long personId;
  private String subjectDescription;
  private String contactName;
  private String contactPhone;
  private String ownWords;
  private List<String> domains = new ArrayList<>();
  private String urgency = "NORMAL";
  private String mayContact = "";
  private String shareAgreed = "";
  private String idempotencyKey = UUID.randomUUID().toString();

  IntakeInput toInput() {
    return new IntakeInput(
        windowId,
        channel,
        receivedOn,
        reporterKind,
        reporterName,
        personId,
        subjectDescription,
        contactName,
        contactPhone,
        ownWords,
        Domains.parse(domains),
        urgency,
        answer(mayContact),
        answer(shareAgreed),
        null,
        idempotencyKey);
  }

  private static Boolean answer(String s) {
    return "true".equals(s) ? Boolean.TRUE : "false".equals(s) ? Boolean.FALSE : null;
  }

  public boolean hasDomain(String d) {
    return domains.contains(d);
  }

  public Long getWindowId() {
    return windowId;
  }

  public void setWindowId(Long v) {
    windowId = v;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String v) {
    channel = v;
  }

  public String getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(String v) {
    receivedOn = v;
  }

  public String getReporterKind() {
    return reporterKind;
  }

  public void setReporterKind(String v) {
    reporterKind = v;
  }

  public String getReporterName() {
    return reporterName;
  }

  public void setReporterName(String v) {
    reporterName = v;
  }

  public Long getPersonId() {
    return personId;
  }

  public void setPersonId(Long v) {
    personId = v;
  }

  public String getSubjectDescription() {
    return subjectDescription;
  }

  public void setSubjectDescription(String v) {
    subjectDescription = v;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String v) {
    contactName = v;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String v) {
    contactPhone = v;
  }

  public String getOwnWords() {
    return ownWords;
  }

  public void setOwnWords(String v) {
    ownWords = v;
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

  public String getMayContact() {
    return mayContact;
  }

  public void setMayContact(String v) {
    mayContact = v;
  }

  public String getShareAgreed() {
    return shareAgreed;
  }

  public void setShareAgreed(String v) {
    shareAgreed = v;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public void setIdempotencyKey(String v) {
    idempotencyKey = v;
  }
}
