/**
 * What every module's list import shares: reading CSV and xlsx, templates, heading mappings
 * remembered per organisation, problems with the file's value, limits. Part of the platform's
 * published interface.
 */
@org.springframework.modulith.NamedInterface("imports")
package org.tsunagu.platform.imports;
