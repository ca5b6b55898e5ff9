package org.tsunagu.consultation.internal.numbers;

/** Cases opened and closed in the period for one value of a dimension (see {@link Tally}). */
public record CaseTally(String key, String name, long opened, long closed) {}
