package org.tsunagu.aid.internal.demo.city;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.tsunagu.platform.demo.CopyIn;
import org.tsunagu.platform.demo.Dice;

/** Next week's open requests of a programme, as the phone brings them in: weekdays, 9:00–16:00. */
final class CityOpenWeek {

  private final Connection connection;
  private final Dice dice;

  CityOpenWeek(Connection connection, Dice dice) {
    this.connection = connection;
    this.dice = dice;
  }

  void write(CityProgramme p, int count, OffsetDateTime now) throws SQLException {
    OffsetDateTime monday =
        now.toLocalDate()
            .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
            .atStartOfDay()
            .atOffset(now.getOffset());
    List<Object[]> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long recipient = p.recipient(dice.nextInt(p.recipientPersons.size()));
      OffsetDateTime start =
          monday
              .plusDays(dice.nextInt(5))
              .withHour(9 + dice.nextInt(7))
              .withMinute(30 * dice.nextInt(2));
      rows.add(new Object[] {recipient, p.menu[dice.nextInt(3)], start, 60 + 30 * dice.nextInt(2)});
    }
    new CopyIn(connection)
        .copy(
            "aid.help_request (programme_id, recipient_id, menu_item_id, starts_at, minutes,"
                + " area_id, status, created_at, created_by)",
            rows,
            (r, row) -> row.add(p.id, r[0], r[1], r[2], r[3], null, "OPEN", now, p.staffId));
    try (var s =
        connection.prepareStatement(
            "UPDATE aid.help_request h SET area_id = m.area_id FROM aid.member m WHERE m.id ="
                + " h.recipient_id AND h.programme_id = ? AND h.area_id IS NULL")) {
      s.setLong(1, p.id);
      s.executeUpdate();
    }
  }
}
