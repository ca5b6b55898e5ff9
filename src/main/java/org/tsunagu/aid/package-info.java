/**
 * Mutual aid (助け合い・有償ボランティア): programmes with their fee rules, supporters and recipients, requests
 * matched to supporters, activity reports, and the monthly settlement of fees, payouts and time
 * credits (時間預託) through a double-entry ledger the database keeps balanced.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Mutual aid",
    allowedDependencies = {"platform :: *", "people", "people :: bulk", "consultation"})
package org.tsunagu.aid;
