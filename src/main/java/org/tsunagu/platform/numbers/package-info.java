/**
 * The numbers index: a module contributes its numbers pages (NumbersContributor). Part of the
 * platform's published interface.
 */
@org.springframework.modulith.NamedInterface("numbers")
package org.tsunagu.platform.numbers;
