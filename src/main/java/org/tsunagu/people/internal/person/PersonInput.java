package org.tsunagu.people.internal.person;

/**
 * A person as typed into a form, an API request or a CSV row, before validation. The birth date
 * stays text until validated so 和暦 and a wrong date reach the rules unchanged.
 */
public record PersonInput(
    String familyName,
    String givenName,
    String familyKana,
    String givenKana,
    String birthDate,
    String sex,
    String postcode,
    String prefecture,
    String municipality,
    String addressLine,
    Long areaId,
    String areaName,
    String phone,
    String householdReference,
    boolean livingAlone,
    boolean needsSupport,
    String notes) {}
