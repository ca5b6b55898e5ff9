/**
 * Demo data: the demo town loaded into an empty database and the city-scale set for benchmarks. It
 * only orchestrates: it takes the connection and the transaction and runs every module's
 * contributor in order ({@code platform.demo}'s {@code DemoDataContributor} and {@code
 * CityScaleContributor}); each module plans its part and writes its own tables, so the demo plans
 * nothing, holds no SQL of any module and names no table.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Demo data",
    allowedDependencies = {"platform :: *"})
package org.tsunagu.demo;
