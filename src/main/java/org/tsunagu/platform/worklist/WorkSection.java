package org.tsunagu.platform.worklist;

/**
 * A group of rows on the work list, declared by the module that fills it.
 *
 * @param id unique across modules, prefixed with the module's name ({@code consultation.intakes})
 * @param titleKey message key of the section's heading
 * @param order where it stands among every module's sections, lowest first
 * @param listPath the page listing everything of the section, linked when more items exist than the
 *     work list shows
 */
public record WorkSection(String id, String titleKey, int order, String listPath) {}
