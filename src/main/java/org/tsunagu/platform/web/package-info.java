/**
 * Pages and the API: header links (NavigationContributor), errors and problems, input limits, htmx.
 * Part of the platform's published interface.
 */
@org.springframework.modulith.NamedInterface("web")
package org.tsunagu.platform.web;
