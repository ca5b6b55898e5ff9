/**
 * The registry's bulk writer, with which the city-scale set seeds the people tables in an empty
 * database (COPY on the caller's connection and transaction); the demo town takes only its seeding
 * lock, and writes through the registry's services. The rows are the shape of the people tables;
 * the name and kana search keys are computed here, as the registry computes them when it saves a
 * person. Also what the registry's part of a demo load publishes for the modules whose data is
 * about it: the demo town's residents ({@code SeededResidents}) and the city-scale set's areas,
 * organisations, persons and staff ({@code City*}).
 */
@org.springframework.modulith.NamedInterface("bulk")
package org.tsunagu.people.bulk;
