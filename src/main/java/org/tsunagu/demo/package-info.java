/**
 * Demo data: the demo town loaded into an empty database and the city-scale set for benchmarks. It
 * writes the people, platform and consultation tables with SQL directly because it only ever seeds
 * empty databases; from the people module it uses only the public domain names.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Demo data",
    allowedDependencies = {"platform :: *", "people"})
package org.tsunagu.demo;
