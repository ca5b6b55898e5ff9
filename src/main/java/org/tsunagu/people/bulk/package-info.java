/**
 * The registry's bulk writer, with which the demo town and the city-scale set seed the people
 * tables in an empty database (COPY on the caller's connection and transaction). The rows are the
 * shape of the people tables; the name and kana search keys are computed here, as the registry
 * computes them when it saves a person.
 */
@org.springframework.modulith.NamedInterface("bulk")
package org.tsunagu.people.bulk;
