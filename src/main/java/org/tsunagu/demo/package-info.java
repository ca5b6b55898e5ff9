/**
 * Demo data: the demo town loaded into an empty database and the city-scale set for benchmarks. It
 * plans the data and orchestrates; every table is written by its own module's bulk writer (the
 * people module's {@code bulk}, the consultation module's {@code bulk}, the platform's {@code demo}
 * named interfaces), which also keep the module's rules, so the demo names no table.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Demo data",
    allowedDependencies = {
      "platform :: *",
      "people",
      "people :: bulk",
      "consultation",
      "consultation :: bulk"
    })
package org.tsunagu.demo;
