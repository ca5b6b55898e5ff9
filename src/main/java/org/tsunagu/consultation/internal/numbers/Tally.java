package org.tsunagu.consultation.internal.numbers;

/**
 * How many for one value of a dimension. The key is a code (channel, domain, status, reason) or the
 * id of a window, area or organisation, whose name then comes with it; a null key counts those
 * without a value (e.g. no area recorded).
 */
public record Tally(String key, String name, long count) {}
