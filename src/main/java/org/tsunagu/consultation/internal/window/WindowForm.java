package org.tsunagu.consultation.internal.window;

/** The add-a-window form, kept as typed when it has to be shown again. */
public class WindowForm {

  private String name;
  private String kind = Windows.Kind.SALON.name();
  private Long organizationId;
  private Long receivingOrgId;
  private Long areaId;
  private String place;

  /** A new form: a coordinator's windows pass intakes on to their own organisation. */
  static WindowForm receivingTo(long organizationId) {
    WindowForm f = new WindowForm();
    f.receivingOrgId = organizationId;
    return f;
  }

  WindowOpening.WindowInput toInput() {
    return new WindowOpening.WindowInput(name, kind, organizationId, receivingOrgId, areaId, place);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public Long getOrganizationId() {
    return organizationId;
  }

  public void setOrganizationId(Long organizationId) {
    this.organizationId = organizationId;
  }

  public Long getReceivingOrgId() {
    return receivingOrgId;
  }

  public void setReceivingOrgId(Long receivingOrgId) {
    this.receivingOrgId = receivingOrgId;
  }

  public Long getAreaId() {
    return areaId;
  }

  public void setAreaId(Long areaId) {
    this.areaId = areaId;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }
}
