package org.tsunagu.watch.internal.agreement;

import org.tsunagu.watch.internal.chain.ChainForm;

/** A 見守り協定 as its screen takes it: the parties, the desk, and the chain's rows. */
public class AgreementForm extends ChainForm {

  private Long organizationId;
  private Long municipalityId;
  private Long areaId;
  private String name;
  private String deskName;
  private String deskEmail;
  private String deskPhone;
  private String deskOpens = "08:30";
  private String deskCloses = "17:15";
  private String signedOn;

  AgreementInput toInput() {
    return new AgreementInput(
        organizationId,
        municipalityId,
        areaId,
        name,
        deskName,
        deskEmail,
        deskPhone,
        deskOpens,
        deskCloses,
        signedOn,
        inputs());
  }

  public Long getOrganizationId() {
    return organizationId;
  }

  public void setOrganizationId(Long organizationId) {
    this.organizationId = organizationId;
  }

  public Long getMunicipalityId() {
    return municipalityId;
  }

  public void setMunicipalityId(Long municipalityId) {
    this.municipalityId = municipalityId;
  }

  public Long getAreaId() {
    return areaId;
  }

  public void setAreaId(Long areaId) {
    this.areaId = areaId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDeskName() {
    return deskName;
  }

  public void setDeskName(String deskName) {
    this.deskName = deskName;
  }

  public String getDeskEmail() {
    return deskEmail;
  }

  public void setDeskEmail(String deskEmail) {
    this.deskEmail = deskEmail;
  }

  public String getDeskPhone() {
    return deskPhone;
  }

  public void setDeskPhone(String deskPhone) {
    this.deskPhone = deskPhone;
  }

  public String getDeskOpens() {
    return deskOpens;
  }

  public void setDeskOpens(String deskOpens) {
    this.deskOpens = deskOpens;
  }

  public String getDeskCloses() {
    return deskCloses;
  }

  public void setDeskCloses(String deskCloses) {
    this.deskCloses = deskCloses;
  }

  public String getSignedOn() {
    return signedOn;
  }

  public void setSignedOn(String signedOn) {
    this.signedOn = signedOn;
  }
}
