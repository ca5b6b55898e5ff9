package org.tsunagu.people.internal.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.PeoplePermissions;
import org.tsunagu.people.internal.area.Areas;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.export.CsvOutput;
import org.tsunagu.platform.export.XlsxOutput;
import org.tsunagu.platform.security.CurrentUser;

/**
 * Exports the persons a user may see as CSV or xlsx, streamed from a database cursor so a city fits
 * in a small heap. The export itself is audited.
 */
@Service
public class PersonExport {

  static final List<String> HEADER =
      List.of(
          "No.",
          PersonCsvColumns.FAMILY_NAME,
          PersonCsvColumns.GIVEN_NAME,
          PersonCsvColumns.FAMILY_KANA,
          PersonCsvColumns.GIVEN_KANA,
          PersonCsvColumns.BIRTH_DATE,
          PersonCsvColumns.SEX,
          PersonCsvColumns.POSTCODE,
          PersonCsvColumns.ADDRESS,
          PersonCsvColumns.PHONE,
          PersonCsvColumns.HOUSEHOLD,
          PersonCsvColumns.LIVING_ALONE,
          PersonCsvColumns.AREA);

  private static final String SQL =
      "SELECT p.id, p.family_name, p.given_name, p.family_kana, p.given_kana, p.birth_date, p.sex,"
          + " p.postcode, coalesce(p.prefecture, '') || coalesce(p.municipality, '') ||"
          + " coalesce(p.address_line, '') AS address, p.phone, h.reference, p.living_alone,"
          + " p.area_id FROM people.person p LEFT JOIN people.household h ON h.id = p.household_id"
          + " WHERE p.merged_into IS NULL AND "
          + PeopleApi.visibleSql("p.id")
          + " ORDER BY p.kana_key, p.id";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate readOnly;
  private final TransactionTemplate writes;
  private final AuditLog audit;
  private final Areas areas;

  PersonExport(JdbcTemplate jdbc, PlatformTransactionManager tm, AuditLog audit, Areas areas) {
    this.jdbc = jdbc;
    this.readOnly = new TransactionTemplate(tm);
    this.readOnly.setReadOnly(true);
    this.writes = new TransactionTemplate(tm);
    this.audit = audit;
    this.areas = areas;
  }

  /** Checks the right to export and records the export before any byte leaves. */
  public void authorise(CurrentUser user, String format) {
    if (!user.may(PeoplePermissions.EXPORT)) {
      throw new org.springframework.security.access.AccessDeniedException("export");
    }
    writes.executeWithoutResult(
        s -> audit.record(AuditAction.EXPORT, "person", null, "format=" + format));
  }

  /** UTF-8 with BOM or windows-31j; characters windows-31j cannot hold become 〓. */
  public void writeCsv(CurrentUser user, Charset charset, OutputStream out) throws IOException {
    CsvOutput.Printer csv = CsvOutput.printer(out, charset);
    csv.printRecord(HEADER);
    stream(
        user,
        values -> {
          try {
            csv.printRecord(values);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    csv.flush();
  }

  public void writeXlsx(CurrentUser user, OutputStream out) throws IOException {
    try (XlsxOutput xlsx = new XlsxOutput("住民", HEADER)) {
      stream(user, xlsx::row);
      xlsx.writeTo(out);
    }
  }

  private void stream(CurrentUser user, java.util.function.Consumer<List<Object>> sink) {
    readOnly.executeWithoutResult(
        s -> {
          JdbcTemplate cursor = new JdbcTemplate(jdbc.getDataSource());
          cursor.setFetchSize(1000);
          new NamedParameterJdbcTemplate(cursor)
              .query(
                  SQL,
                  java.util.Map.of("viewerOrg", user.organizationId()),
                  (RowCallbackHandler)
                      rs -> {
                        Long areaId = (Long) rs.getObject("area_id");
                        LocalDate birth = rs.getObject("birth_date", LocalDate.class);
                        sink.accept(
                            java.util.Arrays.asList(
                                rs.getLong("id"),
                                rs.getString("family_name"),
                                rs.getString("given_name"),
                                rs.getString("family_kana"),
                                rs.getString("given_kana"),
                                birth == null ? "" : birth.toString(),
                                sexLabel(rs.getString("sex")),
                                rs.getString("postcode"),
                                rs.getString("address"),
                                rs.getString("phone"),
                                rs.getString("reference"),
                                rs.getBoolean("living_alone") ? "はい" : "いいえ",
                                areaId == null
                                    ? ""
                                    : areas.find(areaId).map(Areas.Area::name).orElse("")));
                      });
        });
  }

  private static String sexLabel(String sex) {
    return switch (sex) {
      case "FEMALE" -> "女";
      case "MALE" -> "男";
      case "OTHER" -> "その他";
      default -> "不明";
    };
  }
}
