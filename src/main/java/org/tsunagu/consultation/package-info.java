/**
 * Consultation and closed-loop referral (相談・つなぎ): windows, intakes and つながりカード, cases with their
 * timeline and support plans, referrals that always report back, case conferences, and the numbers
 * they add up to. Personal data is shared only on a basis recorded in the case.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Consultation & referral",
    allowedDependencies = {"platform :: *", "people", "people :: bulk"})
package org.tsunagu.consultation;
