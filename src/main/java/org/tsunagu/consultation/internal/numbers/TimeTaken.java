package org.tsunagu.consultation.internal.numbers;

/**
 * How long something took, over the {@code count} occurrences that have happened: median and 90th
 * percentile in hours (null when none); {@code waiting} have not happened yet.
 */
public record TimeTaken(long count, Double medianHours, Double p90Hours, long waiting) {}
