/** Japanese text and dates. Part of the platform's published interface. */
@org.springframework.modulith.NamedInterface("text")
package org.tsunagu.platform.text;
