/**
 * The audit log every module writes to (AuditLog, AuditAction). Part of the platform's published
 * interface.
 */
@org.springframework.modulith.NamedInterface("audit")
package org.tsunagu.platform.audit;
