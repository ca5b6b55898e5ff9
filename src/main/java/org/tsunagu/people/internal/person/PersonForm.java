package org.tsunagu.people.internal.person;

import java.time.LocalDate;

/** The person form: dates as separate 元号/年/月/日 fields, everything kept as typed. */
public class PersonForm {

  private String familyName;
  private String givenName;
  private String familyKana;
  private String givenKana;
  private String birthEra = "AD";
  private String birthYear;
  private String birthMonth;
  private String birthDay;
  private String sex = "UNKNOWN";
  private String postcode;
  private String prefecture;
  private String municipality;
  private String addressLine;
  private Long areaId;
  private String phone;
  private String householdReference;
  private boolean livingAlone;
  private boolean needsSupport;
  private String notes;
  private boolean confirmNotDuplicate;
  private String returnTo;
  private int version;

  public static PersonForm of(PersonRecord p) {
    PersonForm f = new PersonForm();
    f.familyName = p.familyName();
    f.givenName = p.givenName();
    f.familyKana = p.familyKana();
    f.givenKana = p.givenKana();
    if (p.birthDate() != null) {
      LocalDate d = p.birthDate();
      f.birthEra = "AD";
      f.birthYear = String.valueOf(d.getYear());
      f.birthMonth = String.valueOf(d.getMonthValue());
      f.birthDay = String.valueOf(d.getDayOfMonth());
    }
    f.sex = p.sex().name();
    f.postcode = p.postcode();
    f.prefecture = p.prefecture();
    f.municipality = p.municipality();
    f.addressLine = p.addressLine();
    f.areaId = p.areaId();
    f.phone = p.phone();
    f.householdReference = p.householdReference();
    f.livingAlone = p.livingAlone();
    f.needsSupport = p.needsSupport();
    f.notes = p.notes();
    f.version = p.version();
    return f;
  }

  /** The birth date as text the rules parse: ISO for 西暦, "S15.4.1" for 和暦. */
  String birthDateText() {
    boolean none = blank(birthYear) && blank(birthMonth) && blank(birthDay);
    if (none) {
      return null;
    }
    String y = nz(birthYear);
    String m = nz(birthMonth);
    String d = nz(birthDay);
    if ("AD".equals(birthEra) || blank(birthEra)) {
      return y + "/" + m + "/" + d;
    }
    return birthEra + y + "." + m + "." + d;
  }

  public PersonInput toInput() {
    return new PersonInput(
        familyName,
        givenName,
        familyKana,
        givenKana,
        birthDateText(),
        sex,
        postcode,
        prefecture,
        municipality,
        addressLine,
        areaId,
        null,
        phone,
        householdReference,
        livingAlone,
        needsSupport,
        notes);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String nz(String s) {
    return blank(s) ? "?" : s.strip();
  }

  public String getFamilyName() {
    return familyName;
  }

  public void setFamilyName(String v) {
    familyName = v;
  }

  public String getGivenName() {
    return givenName;
  }

  public void setGivenName(String v) {
    givenName = v;
  }

  public String getFamilyKana() {
    return familyKana;
  }

  public void setFamilyKana(String v) {
    familyKana = v;
  }

  public String getGivenKana() {
    return givenKana;
  }

  public void setGivenKana(String v) {
    givenKana = v;
  }

  public String getBirthEra() {
    return birthEra;
  }

  public void setBirthEra(String v) {
    birthEra = v;
  }

  public String getBirthYear() {
    return birthYear;
  }

  public void setBirthYear(String v) {
    birthYear = v;
  }

  public String getBirthMonth() {
    return birthMonth;
  }

  public void setBirthMonth(String v) {
    birthMonth = v;
  }

  public String getBirthDay() {
    return birthDay;
  }

  public void setBirthDay(String v) {
    birthDay = v;
  }

  public String getSex() {
    return sex;
  }

  public void setSex(String v) {
    sex = v;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String v) {
    postcode = v;
  }

  public String getPrefecture() {
    return prefecture;
  }

  public void setPrefecture(String v) {
    prefecture = v;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String v) {
    municipality = v;
  }

  public String getAddressLine() {
    return addressLine;
  }

  public void setAddressLine(String v) {
    addressLine = v;
  }

  public Long getAreaId() {
    return areaId;
  }

  public void setAreaId(Long v) {
    areaId = v;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String v) {
    phone = v;
  }

  public String getHouseholdReference() {
    return householdReference;
  }

  public void setHouseholdReference(String v) {
    householdReference = v;
  }

  public boolean isLivingAlone() {
    return livingAlone;
  }

  public void setLivingAlone(boolean v) {
    livingAlone = v;
  }

  public boolean isNeedsSupport() {
    return needsSupport;
  }

  public void setNeedsSupport(boolean v) {
    needsSupport = v;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String v) {
    notes = v;
  }

  public boolean isConfirmNotDuplicate() {
    return confirmNotDuplicate;
  }

  public void setConfirmNotDuplicate(boolean v) {
    confirmNotDuplicate = v;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int v) {
    version = v;
  }

  /** Where to go after registering, e.g. back to the intake that asked for the person. */
  public String getReturnTo() {
    return returnTo;
  }

  public void setReturnTo(String v) {
    returnTo = v;
  }

  /** Only a path inside Tsunagu: never an address elsewhere. */
  public boolean hasSafeReturnTo() {
    return returnTo != null && returnTo.matches("/[a-z]+/[0-9]+");
  }
}
