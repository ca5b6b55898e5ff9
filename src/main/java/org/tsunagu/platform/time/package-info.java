/**
 * Time: the application's one clock ({@link org.tsunagu.platform.time.TokyoClock}, a {@code
 * java.time.Clock} in Japan's time, which services take the moment of an action from) and working
 * days (weekends, national holidays, the year-end closure). Part of the platform's published
 * interface.
 */
@org.springframework.modulith.NamedInterface("time")
package org.tsunagu.platform.time;
