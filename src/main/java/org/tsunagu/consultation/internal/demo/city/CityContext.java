package org.tsunagu.consultation.internal.demo.city;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tsunagu.consultation.bulk.ConsultationBulkWriter;
import org.tsunagu.consultation.bulk.ConsultationData;
import org.tsunagu.consultation.bulk.ConsultationIds;
import org.tsunagu.people.bulk.CityAreas;
import org.tsunagu.people.bulk.CityOrganizations;
import org.tsunagu.people.bulk.CityPersons;
import org.tsunagu.people.bulk.CityStaff;
import org.tsunagu.platform.demo.Dice;

/**
 * What the steps of one city-scale consultation generation share: the registry's areas,
 * organisations, persons and staff as it published them, the windows, the ids reserved, and the
 * batch of rows being built.
 */
final class CityContext {

  final LocalDate today;

  /** The moment the generated history ends: the start of today in Japan. */
  final OffsetDateTime now;

  final Dice dice;
  final CityOrganizations orgs;
  final CityAreas areas;
  final CityPersons persons;
  final CityStaff staff;
  final CityWindows windows;
  final ConsultationIds ids;

  /** The batch being built; {@link #flush} writes and empties it. */
  final ConsultationData data = new ConsultationData();

  final CityVisibility visibility;

  /** Each organisation's working days to answer a referral, by id. */
  final Map<Long, Integer> responseDays;

  private final ConsultationBulkWriter writer;
  private final Map<String, Integer> totals = new LinkedHashMap<>();

  CityContext(
      LocalDate today,
      Dice dice,
      CityOrganizations orgs,
      CityAreas areas,
      CityPersons persons,
      CityStaff staff,
      CityWindows windows,
      ConsultationIds ids,
      ConsultationBulkWriter writer,
      Map<Long, Integer> responseDays) {
    this.today = today;
    this.now = Dice.startOf(today);
    this.dice = dice;
    this.orgs = orgs;
    this.areas = areas;
    this.persons = persons;
    this.staff = staff;
    this.windows = windows;
    this.ids = ids;
    this.writer = writer;
    this.responseDays = responseDays;
    this.visibility = new CityVisibility(orgs, persons, areas);
  }

  /** Writes the batch built so far and empties it. */
  void flush() throws SQLException {
    writer.write(data);
    data.addCountsTo(totals);
    data.clear();
  }

  /** Rows written so far, by table. */
  Map<String, Integer> totals() {
    return totals;
  }

  /** The ward's name, e.g. 鶴見区. */
  String wardName(int ward) {
    return areas.wardName(ward);
  }
}
