package org.tsunagu.aid.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where an area is (its centre), from the registry's published view; unknown is two nulls. */
@Component
public class AreaPoints {

  private final JdbcClient jdbc;

  AreaPoints(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** {latitude, longitude}, either null where the area or its place is unknown. */
  public Double[] of(Long areaId) {
    if (areaId == null) {
      return new Double[2];
    }
    return jdbc.sql("SELECT latitude, longitude FROM people.area_place WHERE id = ?")
        .param(areaId)
        .query((rs, n) -> new Double[] {(Double) rs.getObject(1), (Double) rs.getObject(2)})
        .optional()
        .orElse(new Double[2]);
  }
}
