package org.tsunagu.people;

/** Two records of the same person became one; modules repoint their references to survivor. */
public record PersonsMerged(long survivorId, long mergedId) {}
