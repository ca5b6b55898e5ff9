/**
 * Numbers pages: the numbers index a module contributes its pages to (NumbersContributor), and
 * charts drawn from the table beside them (Chart, FiscalYear, the {@code charts} fragment). Part of
 * the platform's published interface.
 */
@org.springframework.modulith.NamedInterface("numbers")
package org.tsunagu.platform.numbers;
