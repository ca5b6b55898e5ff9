package org.tsunagu.people.internal.person;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.text.JapaneseText;

/**
 * Recomputes every person's {@code name_key} and {@code kana_key} with today's folding (variant
 * kanji table, long vowels, ヴ, small kana, each name part folded on its own). The folding lives in
 * Java (JapaneseText), so this migration is Java: it reads persons in id order a batch at a time
 * and writes back only the keys that changed, one UPDATE per batch. A Spring bean, so Flyway finds
 * it whatever the migration locations.
 */
@Component
class SearchKeyBackfill implements JavaMigration {

  private static final int BATCH = 5000;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("202612011210");
  }

  @Override
  public String getDescription() {
    return "people search keys fold readings and variant kanji";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    backfill(context.getConnection());
  }

  /** Returns the number of persons whose keys changed. */
  int backfill(Connection connection) throws SQLException {
    int changed = 0;
    long after = 0;
    while (true) {
      List<Long> ids = new ArrayList<>(BATCH);
      List<String> nameKeys = new ArrayList<>(BATCH);
      List<String> kanaKeys = new ArrayList<>(BATCH);
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT id, family_name, given_name, family_kana, given_kana FROM people.person"
                  + " WHERE id > ? ORDER BY id LIMIT "
                  + BATCH)) {
        select.setLong(1, after);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getLong(1));
            nameKeys.add(JapaneseText.nameKey(rs.getString(2), rs.getString(3)));
            kanaKeys.add(JapaneseText.nameKey(rs.getString(4), rs.getString(5)));
          }
        }
      }
      if (ids.isEmpty()) {
        return changed;
      }
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE people.person p SET name_key = k.name_key, kana_key = k.kana_key FROM"
                  + " unnest(?::bigint[], ?::text[], ?::text[]) AS k(id, name_key, kana_key)"
                  + " WHERE p.id = k.id AND (p.name_key <> k.name_key OR p.kana_key <>"
                  + " k.kana_key)")) {
        update.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
        update.setArray(2, connection.createArrayOf("text", nameKeys.toArray()));
        update.setArray(3, connection.createArrayOf("text", kanaKeys.toArray()));
        changed += update.executeUpdate();
      }
      after = ids.get(ids.size() - 1);
    }
  }
}
