package org.tsunagu.platform.imports;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Heading mappings an organisation has made, kept per import kind and the file's exact headings, so
 * the next file with the same headings is mapped without asking. Another organisation's files are
 * its own business: a mapping is never shared.
 */
@Repository
public class ImportMappings {

  private final JdbcClient jdbc;

  ImportMappings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<ColumnMapping> find(long organizationId, String kind, List<String> headings) {
    return jdbc.sql(
            "SELECT mapping FROM platform.import_mapping WHERE organization_id = ? AND kind = ?"
                + " AND headings = ?")
        .params(organizationId, kind, signature(headings))
        .query(String.class)
        .optional()
        .map(ColumnMapping::decode);
  }

  public void remember(
      long organizationId, String kind, List<String> headings, ColumnMapping mapping, long userId) {
    jdbc.sql(
            "INSERT INTO platform.import_mapping (organization_id, kind, headings, mapping,"
                + " updated_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (organization_id, kind,"
                + " headings) DO UPDATE SET mapping = excluded.mapping, updated_by ="
                + " excluded.updated_by, updated_at = now()")
        .params(organizationId, kind, signature(headings), mapping.encode(), userId)
        .update();
  }

  private static String signature(List<String> headings) {
    return String.join("\n", headings);
  }
}
