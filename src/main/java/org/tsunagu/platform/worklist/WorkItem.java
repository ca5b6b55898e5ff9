package org.tsunagu.platform.worklist;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of a user's work list, contributed by a module.
 *
 * @param sectionId the {@link WorkSection#id()} it belongs to
 * @param kind what it asks of the user, counted at the top
 * @param who the person it is about as the user may see them: a display name only when the module
 *     checked {@code PeopleApi.visibleSql}/{@code maySee} for the user's organisation, else a
 *     non-identifying description or null
 * @param summaryKey message key of the one-line summary; its arguments must not identify a person
 *     the user may not see ({@link java.time.LocalDate} arguments are shown as dates)
 * @param since when the matter arose (its age is shown as 3日前)
 * @param due the real deadline from the data, or null when it has none
 * @param href where the user acts on it
 */
public record WorkItem(
    String sectionId,
    WorkKind kind,
    String who,
    String summaryKey,
    Object[] summaryArgs,
    Instant since,
    LocalDate due,
    String href) {}
