package org.tsunagu.watch.internal.chain;

/** One row of a chain form, as typed; turned into a {@link StepInput} for the check. */
public class StepRow {

  private String receiverKind;
  private Long organizationId;
  private Long userId;
  private Long contactId;
  private String address;
  private String ackMinutes;
  private boolean officeHoursOnly;

  static StepRow of(ChainStep s) {
    StepRow row = new StepRow();
    row.receiverKind = s.receiverKind().name();
    row.organizationId = s.receiverKind() == ReceiverKind.ORGANIZATION ? s.organizationId() : null;
    row.userId = s.userId();
    row.contactId = s.contactId();
    row.address = s.address();
    row.ackMinutes = String.valueOf(s.ackMinutes());
    row.officeHoursOnly = s.officeHoursOnly() && s.receiverKind() != ReceiverKind.DESK;
    return row;
  }

  boolean blank() {
    return receiverKind == null || receiverKind.isBlank();
  }

  StepInput input() {
    return new StepInput(
        receiverKind, organizationId, userId, contactId, null, address, minutes(), officeHoursOnly);
  }

  /** The minutes typed, or none when they are not a whole number (the check then says so). */
  private Integer minutes() {
    if (ackMinutes == null || !ackMinutes.strip().matches("\\d{1,5}")) {
      return null;
    }
    return Integer.valueOf(ackMinutes.strip());
  }

  public String getReceiverKind() {
    return receiverKind;
  }

  public void setReceiverKind(String receiverKind) {
    this.receiverKind = receiverKind;
  }

  public Long getOrganizationId() {
    return organizationId;
  }

  public void setOrganizationId(Long organizationId) {
    this.organizationId = organizationId;
  }

  public Long getUserId() {
    return userId;
  }

  public void setUserId(Long userId) {
    this.userId = userId;
  }

  public Long getContactId() {
    return contactId;
  }

  public void setContactId(Long contactId) {
    this.contactId = contactId;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getAckMinutes() {
    return ackMinutes;
  }

  public void setAckMinutes(String ackMinutes) {
    this.ackMinutes = ackMinutes;
  }

  public boolean isOfficeHoursOnly() {
    return officeHoursOnly;
  }

  public void setOfficeHoursOnly(boolean officeHoursOnly) {
    this.officeHoursOnly = officeHoursOnly;
  }
}
