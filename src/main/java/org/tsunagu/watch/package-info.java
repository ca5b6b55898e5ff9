/**
 * Watch-over (見守り): people who live alone and those who watch them — neighbours, 民生委員, delivery
 * staff under a 見守り協定 — door reports, expected contacts and the alerts they raise, walked up an
 * escalation chain until a named person takes them and an outcome is recorded.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Watch-over",
    allowedDependencies = {"platform :: *", "people", "people :: bulk"})
package org.tsunagu.watch;
