/** Background jobs with their progress. Part of the platform's published interface. */
@org.springframework.modulith.NamedInterface("jobs")
package org.tsunagu.platform.jobs;
