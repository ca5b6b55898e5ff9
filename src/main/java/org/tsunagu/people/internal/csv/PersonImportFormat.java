package org.tsunagu.people.internal.csv;

import java.util.List;
import org.tsunagu.platform.imports.ImportColumn;
import org.tsunagu.platform.imports.ImportFormat;

/**
 * The person list's template: its columns (the headings the export writes too), the other headings
 * that mean the same (姓 for 氏, 電話番号 for 電話), the combined columns a name may come in (氏名 「山田 花子」,
 * フリガナ 「ﾔﾏﾀﾞ ﾊﾅｺ」), and an example row.
 */
final class PersonImportFormat {

  static final String KIND = "PERSON_IMPORT";

  private static final String[] WHOLE_NAME = {"氏名", "名前", "氏名（漢字）", "氏名(漢字)", "お名前"};
  private static final String[] WHOLE_KANA = {
    "氏名カナ", "フリガナ", "ふりがな", "カナ氏名", "氏名（カナ）", "氏名(カナ)", "氏名ｶﾅ", "ﾌﾘｶﾞﾅ", "カナ"
  };

  static final ImportFormat FORMAT =
      new ImportFormat(
          KIND,
          List.of(
              ImportColumn.of("familyName", PersonCsvColumns.FAMILY_NAME, true, "姓", "苗字")
                  .partOf(1, WHOLE_NAME),
              ImportColumn.of("givenName", PersonCsvColumns.GIVEN_NAME, true).partOf(2, WHOLE_NAME),
              ImportColumn.of("familyKana", PersonCsvColumns.FAMILY_KANA, true, "姓カナ", "セイ", "ｾｲ")
                  .partOf(1, WHOLE_KANA),
              ImportColumn.of("givenKana", PersonCsvColumns.GIVEN_KANA, true, "メイ", "ﾒｲ")
                  .partOf(2, WHOLE_KANA),
              ImportColumn.of("birthDate", PersonCsvColumns.BIRTH_DATE, false, "誕生日"),
              ImportColumn.of("sex", PersonCsvColumns.SEX, false, "男女"),
              ImportColumn.of("postcode", PersonCsvColumns.POSTCODE, false, "〒", "郵便"),
              ImportColumn.of("addressLine", PersonCsvColumns.ADDRESS, false, "住所1", "番地"),
              ImportColumn.of("phone", PersonCsvColumns.PHONE, false, "電話番号", "TEL", "連絡先"),
              ImportColumn.of("householdReference", PersonCsvColumns.HOUSEHOLD, false, "世帯"),
              ImportColumn.of(
                  "livingAlone", PersonCsvColumns.LIVING_ALONE, false, "ひとり暮らし", "一人暮らし"),
              ImportColumn.of("areaName", PersonCsvColumns.AREA, false, "地区名", "町丁目")),
          List.of(
              "山田",
              "花子",
              "ヤマダ",
              "ハナコ",
              "S15.4.1",
              "女",
              "306-0023",
              "本町1-1-1",
              "0280-00-0000",
              "H-001",
              "はい",
              ""));

  private PersonImportFormat() {}
}
