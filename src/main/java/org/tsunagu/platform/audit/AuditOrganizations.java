package org.tsunagu.platform.audit;

import java.util.Map;

/**
 * Organisation names for the audit screen and its exports, beside the ids the log stores. The
 * registry module provides them; the platform names no module's tables.
 */
public interface AuditOrganizations {

  /** Every organisation's name by id, in the order a chooser lists them. */
  Map<Long, String> names();
}
