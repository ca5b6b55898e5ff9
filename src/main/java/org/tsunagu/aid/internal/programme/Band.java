package org.tsunagu.aid.internal.programme;

/** The fee band a visit falls in, by when it starts. */
public enum Band {
  WEEKDAY,
  OUT_OF_HOURS,
  WEEKEND_HOLIDAY,
  YEAR_END
}
