package org.tsunagu.watch.internal.target;

import java.util.ArrayList;
import java.util.List;
import org.tsunagu.people.ConsentRequest;
import org.tsunagu.watch.internal.chain.ChainForm;
import org.tsunagu.watch.internal.target.TargetInput.ContactInput;
import org.tsunagu.watch.internal.target.TargetInput.ExpectedContactInput;
import org.tsunagu.watch.internal.target.TargetInput.WatcherInput;

/**
 * The registration form: the person, the consent, one family contact and one regular contact (more
 * through the API), who watches, and the person's own chain if their agreement's is not to be used
 * (a step names the family contact as contact 1). Field names match the problems the registration
 * reports.
 */
public class TargetForm extends ChainForm {

  private Long personId;
  private Long agreementId;
  private String givenBy = "PERSON";
  private String proxyName;
  private String proxyRelationship;
  private String method = "WRITTEN";
  private String givenOn;
  private String keyHolder;
  private String doctor;
  private String notes;
  private String driverNotes;
  private String contactName;
  private String contactRelation;
  private String contactEmail;
  private String contactPhone;
  private boolean contactUpdates;
  private List<Long> watcherIds = new ArrayList<>();
  private String expectedKind = "DELIVERY";
  private String expectedWeekday = "";
  private String expectedTime;
  private Integer expectedGrace = 120;
  private Long expectedUserId;

  TargetInput toInput(java.util.function.Function<Long, String> watcherKind) {
    List<ContactInput> contacts =
        blank(contactName) && blank(contactEmail) && blank(contactPhone)
            ? List.of()
            : List.of(
                new ContactInput(
                    "FAMILY",
                    contactName,
                    contactRelation,
                    contactEmail,
                    contactPhone,
                    contactUpdates));
    List<ExpectedContactInput> expected =
        blank(expectedTime)
            ? List.of()
            : List.of(
                new ExpectedContactInput(
                    expectedKind,
                    weekday(expectedWeekday),
                    expectedTime,
                    expectedGrace,
                    expectedUserId));
    return new TargetInput(
        personId,
        agreementId,
        new ConsentRequest(
            "WATCH", null, null, givenBy, proxyName, proxyRelationship, method, givenOn, null),
        keyHolder,
        doctor,
        notes,
        driverNotes,
        contacts,
        watcherIds.stream().map(id -> new WatcherInput(id, watcherKind.apply(id))).toList(),
        expected,
        inputs());
  }

  /** Every day when blank; a value that is not a day number is passed on as 0, which is refused. */
  private static Integer weekday(String value) {
    if (blank(value)) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public Long getPersonId() {
    return personId;
  }

  public void setPersonId(Long personId) {
    this.personId = personId;
  }

  public Long getAgreementId() {
    return agreementId;
  }

  public void setAgreementId(Long agreementId) {
    this.agreementId = agreementId;
  }

  public String getGivenBy() {
    return givenBy;
  }

  public void setGivenBy(String givenBy) {
    this.givenBy = givenBy;
  }

  public String getProxyName() {
    return proxyName;
  }

  public void setProxyName(String proxyName) {
    this.proxyName = proxyName;
  }

  public String getProxyRelationship() {
    return proxyRelationship;
  }

  public void setProxyRelationship(String proxyRelationship) {
    this.proxyRelationship = proxyRelationship;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public String getGivenOn() {
    return givenOn;
  }

  public void setGivenOn(String givenOn) {
    this.givenOn = givenOn;
  }

  public String getKeyHolder() {
    return keyHolder;
  }

  public void setKeyHolder(String keyHolder) {
    this.keyHolder = keyHolder;
  }

  public String getDoctor() {
    return doctor;
  }

  public void setDoctor(String doctor) {
    this.doctor = doctor;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getDriverNotes() {
    return driverNotes;
  }

  public void setDriverNotes(String driverNotes) {
    this.driverNotes = driverNotes;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactRelation() {
    return contactRelation;
  }

  public void setContactRelation(String contactRelation) {
    this.contactRelation = contactRelation;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public boolean isContactUpdates() {
    return contactUpdates;
  }

  public void setContactUpdates(boolean contactUpdates) {
    this.contactUpdates = contactUpdates;
  }

  public List<Long> getWatcherIds() {
    return watcherIds;
  }

  public void setWatcherIds(List<Long> watcherIds) {
    this.watcherIds = watcherIds == null ? new ArrayList<>() : watcherIds;
  }

  public String getExpectedKind() {
    return expectedKind;
  }

  public void setExpectedKind(String expectedKind) {
    this.expectedKind = expectedKind;
  }

  public String getExpectedWeekday() {
    return expectedWeekday;
  }

  public void setExpectedWeekday(String expectedWeekday) {
    this.expectedWeekday = expectedWeekday;
  }

  public String getExpectedTime() {
    return expectedTime;
  }

  public void setExpectedTime(String expectedTime) {
    this.expectedTime = expectedTime;
  }

  public Integer getExpectedGrace() {
    return expectedGrace;
  }

  public void setExpectedGrace(Integer expectedGrace) {
    this.expectedGrace = expectedGrace;
  }

  public Long getExpectedUserId() {
    return expectedUserId;
  }

  public void setExpectedUserId(Long expectedUserId) {
    this.expectedUserId = expectedUserId;
  }
}
