package org.tsunagu.aid.internal.demo.city;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.tsunagu.people.AccessGround;
import org.tsunagu.people.bulk.CityAreas;
import org.tsunagu.people.bulk.CityPersons;
import org.tsunagu.people.bulk.PeopleBulkWriter;
import org.tsunagu.people.bulk.PeopleRows;
import org.tsunagu.people.bulk.PeopleTable;
import org.tsunagu.platform.demo.CopyIn;
import org.tsunagu.platform.demo.Dice;
import org.tsunagu.platform.demo.IdBlock;

/**
 * A programme's members in the city-scale set, with COPY: supporters (skills of the menu, their own
 * 町丁目, two to four weekday half-days, one in five driving, one in fifty with their insurance run
 * out), recipients, and the membership relationship by which the organisation serves each.
 */
final class CityMembers {

  private final Connection connection;
  private final CopyIn copy;
  private final PeopleBulkWriter registry;
  private final CityPersons persons;
  private final CityAreas areas;
  private final Dice dice;

  CityMembers(Connection connection, CityPersons persons, CityAreas areas, Dice dice) {
    this.connection = connection;
    this.copy = new CopyIn(connection);
    this.registry = new PeopleBulkWriter(connection);
    this.persons = persons;
    this.areas = areas;
    this.dice = dice;
  }

  void write(CityProgramme p, OffsetDateTime joined, LocalDate insuredUntil) throws SQLException {
    int s = p.supporterPersons.size();
    int r = p.recipientPersons.size();
    p.firstSupporter = IdBlock.reserveIds(connection, AidTable.MEMBER, s + r);
    p.firstRecipient = p.firstSupporter + s;
    long firstRelationship = registry.reserveIds(PeopleTable.RELATIONSHIP, s + r);
    List<long[]> members = new ArrayList<>(s + r);
    List<PeopleRows.DatedRelationship> relationships = new ArrayList<>(s + r);
    for (int k = 0; k < s + r; k++) {
      int person = k < s ? p.supporterPersons.get(k) : p.recipientPersons.get(k - s);
      long id = p.firstSupporter + k;
      members.add(
          new long[] {
            id,
            persons.id(person),
            k < s ? 1 : 0,
            areas.id(persons.town(person)),
            firstRelationship + k
          });
      relationships.add(
          new PeopleRows.DatedRelationship(
              firstRelationship + k,
              persons.id(person),
              p.organizationId,
              "MEMBERSHIP",
              "aid.member:" + id,
              AccessGround.NONE,
              joined,
              null,
              null));
    }
    registry.datedRelationships(relationships);
    copy.copy(
        "aid.member (id, programme_id, person_id, member_type, area_id, joined_on,"
            + " relationship_id, created_at, created_by)",
        members,
        (m, row) ->
            row.add(
                m[0],
                p.id,
                m[1],
                m[2] == 1 ? "SUPPORTER" : "RECIPIENT",
                m[3],
                joined.toLocalDate(),
                m[4],
                joined,
                p.staffId));
    List<long[]> supporters = members.subList(0, s);
    copy.copy(
        "aid.supporter (member_id, drives, transport_course_on, insurance_name, insurance_until,"
            + " max_minutes_per_week)",
        supporters,
        (m, row) -> {
          boolean drives = dice.chance(0.2);
          row.add(
              m[0],
              drives,
              drives ? joined.toLocalDate() : null,
              "ボランティア活動保険",
              dice.chance(0.02) ? insuredUntil.minusYears(1) : insuredUntil,
              dice.chance(0.3) ? 480 : null);
        });
    copy.copy(
        "aid.supporter_skill (member_id, menu_item_id)",
        supporters,
        (m, row) -> {
          for (int i = 0; i < p.menu.length; i++) {
            if (i == 0 || dice.chance(0.55)) {
              row.add(m[0], p.menu[i]);
            }
          }
        });
    copy.copy(
        "aid.supporter_area (member_id, area_id)", supporters, (m, row) -> row.add(m[0], m[3]));
    copy.copy(
        "aid.availability (member_id, weekday, starts, ends)",
        supporters,
        (m, row) -> {
          int slots = dice.between(2, 4);
          int first = dice.between(1, 5);
          for (int k = 0; k < slots; k++) {
            int day = 1 + (first - 1 + 2 * k) % 5;
            boolean morning = dice.chance(0.5);
            row.add(m[0], day, morning ? "09:00" : "13:00", morning ? "13:00" : "17:00");
          }
        });
  }
}
