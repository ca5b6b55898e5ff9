/**
 * CSV and xlsx downloads every module's export shares. Part of the platform's published interface.
 */
@org.springframework.modulith.NamedInterface("export")
package org.tsunagu.platform.export;
