/** Idempotent writes: a key sent twice stores once. Part of the platform's published interface. */
@org.springframework.modulith.NamedInterface("idempotency")
package org.tsunagu.platform.idempotency;
