package org.tsunagu.people.internal.address;

/**
 * One 町域 that a postcode covers. {@code town} is empty when the postcode covers a whole
 * municipality.
 */
public record PostcodeEntry(
    String postcode,
    String municipalityCode,
    String prefecture,
    String municipality,
    String town) {}
