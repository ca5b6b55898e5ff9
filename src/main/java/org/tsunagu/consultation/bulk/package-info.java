/**
 * The consultation module's bulk writer, with which the demo town and the city-scale set seed the
 * consultation tables in an empty database (COPY on the caller's connection and transaction). The
 * rows keep the module's rules: a referral moves only by the transitions of its state machine, and
 * its answer date is the receiving organisation's response days in working days from sending. The
 * people records the rows need (consents, relationships, access bases) go through the registry's
 * own bulk writer.
 */
@org.springframework.modulith.NamedInterface("bulk")
package org.tsunagu.consultation.bulk;
