/**
 * Working days (weekends, national holidays, the year-end closure). Part of the platform's
 * published interface.
 */
@org.springframework.modulith.NamedInterface("time")
package org.tsunagu.platform.time;
