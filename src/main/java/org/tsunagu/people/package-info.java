/**
 * People &amp; areas (住民・地区): the one registry of persons per deployment, households, areas,
 * organisations and their staff, consent, and the visibility rule every module asks.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "People & areas",
    allowedDependencies = {"platform :: *"})
package org.tsunagu.people;
