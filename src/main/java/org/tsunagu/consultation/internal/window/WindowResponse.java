package org.tsunagu.consultation.internal.window;

/** A consultation window the caller may take intakes at, as the API shows it. */
record WindowResponse(
    long id,
    String name,
    Windows.Kind kind,
    long organizationId,
    String organizationName,
    long receivingOrgId,
    String receivingOrgName,
    Long areaId,
    String place) {

  static WindowResponse of(Windows.Window w) {
    return new WindowResponse(
        w.id(),
        w.name(),
        w.kind(),
        w.organizationId(),
        w.organizationName(),
        w.receivingOrgId(),
        w.receivingOrgName(),
        w.areaId(),
        w.place());
  }
}
