package org.tsunagu.people;

/** municipality → 圏域/校区/支部 → 自治会 → 町丁目. */
public enum AreaLevel {
  MUNICIPALITY,
  DISTRICT,
  ASSOCIATION,
  TOWN
}
