package org.tsunagu.people.internal.csv;

import java.util.List;

/** The columns of the person CSV, in import and export order. */
final class PersonCsvColumns {

  static final String FAMILY_NAME = "氏";
  static final String GIVEN_NAME = "名";
  static final String FAMILY_KANA = "氏カナ";
  static final String GIVEN_KANA = "名カナ";
  static final String BIRTH_DATE = "生年月日";
  static final String SEX = "性別";
  static final String POSTCODE = "郵便番号";
  static final String ADDRESS = "住所";
  static final String PHONE = "電話";
  static final String HOUSEHOLD = "世帯番号";
  static final String LIVING_ALONE = "独居";
  static final String AREA = "地区";

  static final List<String> IMPORT =
      List.of(
          FAMILY_NAME,
          GIVEN_NAME,
          FAMILY_KANA,
          GIVEN_KANA,
          BIRTH_DATE,
          SEX,
          POSTCODE,
          ADDRESS,
          PHONE,
          HOUSEHOLD,
          LIVING_ALONE,
          AREA);

  private PersonCsvColumns() {}
}
