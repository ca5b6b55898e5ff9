package org.tsunagu.consultation.internal.demo.city;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tsunagu.consultation.bulk.ConsultationBulkWriter;
import org.tsunagu.consultation.bulk.ConsultationIds;
import org.tsunagu.consultation.bulk.ConsultationTable;
import org.tsunagu.people.bulk.CityAreas;
import org.tsunagu.people.bulk.CityOrganizations;
import org.tsunagu.people.bulk.CityPersons;
import org.tsunagu.people.bulk.CityStaff;
import org.tsunagu.people.bulk.PeopleBulkWriter;
import org.tsunagu.platform.demo.CityScaleContext;
import org.tsunagu.platform.demo.CityScaleContributor;
import org.tsunagu.platform.demo.CitySize;
import org.tsunagu.platform.demo.IdBlock;

/**
 * The consultation module's part of the city-scale set, written after the registry's in the same
 * transaction: windows, cases with their intakes, timelines, plans and referrals, intakes without a
 * case, and case conferences, with the consents, relationships and bases that keep them consistent
 * with the visibility rule. The persons, organisations and staff are those the registry shared.
 */
@Component
public class ConsultationCityContributor implements CityScaleContributor {

  /** After the registry's persons, organisations and staff, which the consultations are about. */
  static final int ORDER = 300;

  /** Case conferences per 100 cases. */
  static final int CONFERENCES_PER_HUNDRED_CASES = 3;

  @Override
  public int order() {
    return ORDER;
  }

  @Override
  public void writeCityScale(CityScaleContext context) throws SQLException {
    CityOrganizations orgs = context.shared(CityOrganizations.class);
    CityAreas areas = context.shared(CityAreas.class);
    PeopleBulkWriter registry = new PeopleBulkWriter(context.connection());
    ConsultationBulkWriter writer = new ConsultationBulkWriter(context.connection(), registry);
    IdBlock windowIds = writer.idBlock(ConsultationTable.WINDOW, CityWindows.count(orgs, areas));
    CityWindows windows = new CityWindows(orgs, areas, windowIds, context.dice());
    windowIds.release();

    CitySize size = context.size();
    int otherIntakes = size.cases() / 10;
    int conferences = size.cases() * CONFERENCES_PER_HUNDRED_CASES / 100;
    ConsultationIds ids =
        new ConsultationIds(
            registry, writer, size.cases(), size.referrals(), otherIntakes, conferences);
    CityContext city =
        new CityContext(
            context.today(),
            context.dice(),
            orgs,
            areas,
            context.shared(CityPersons.class),
            context.shared(CityStaff.class),
            windows,
            ids,
            writer,
            registry.responseDays());
    city.data.windows.addAll(windows.rows);
    List<CaseFacts> cases =
        new CityCases(city, context::progress).generate(size.cases(), size.referrals());
    CityIntakes.withoutCase(city, otherIntakes);
    city.flush();
    new CityConferences(city, cases).generate(cases, conferences);
    city.flush();
    ids.release();
    writer.continueCaseReferencesAfter(cases.size());
    city.totals().forEach(context::count);
    context.progress("consultation written " + context.counts());
    new BusiestLogins(orgs, city.staff, cases).publish(context);
  }

  @Override
  public void analyse(Connection connection) throws SQLException {
    new ConsultationBulkWriter(connection, new PeopleBulkWriter(connection)).vacuumAnalyze();
  }
}
