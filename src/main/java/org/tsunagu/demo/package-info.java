/**
 * Demo data: the demo town loaded into an empty database and the city-scale set for benchmarks. It
 * writes the people tables with SQL directly because it only ever seeds empty databases.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Demo data",
    allowedDependencies = {"platform"})
package org.tsunagu.demo;
