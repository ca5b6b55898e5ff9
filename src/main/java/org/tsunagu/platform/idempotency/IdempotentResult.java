package org.tsunagu.platform.idempotency;

/** The id a keyed write created, and whether this request only repeated an earlier one. */
public record IdempotentResult(long id, boolean replayed) {}
