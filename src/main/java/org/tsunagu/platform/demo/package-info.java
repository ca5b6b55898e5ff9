/**
 * Tools for the bulk writers with which each module seeds its own tables (the demo town and the
 * city-scale set): COPY in the text format, id blocks reserved in a table's sequence, and the
 * platform's own bulk writer (logins and API tokens). The {@code demo} module orchestrates; it
 * names no table of any module.
 */
@org.springframework.modulith.NamedInterface("demo")
package org.tsunagu.platform.demo;
