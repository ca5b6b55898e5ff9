package org.tsunagu.platform.numbers;

import java.util.function.Predicate;
import org.tsunagu.platform.security.CurrentUser;

/**
 * A module's numbers page (aggregates only) as the numbers index lists it: where it is, the message
 * keys of its title and one-line description, its place (lower first) and who may open it.
 */
public record NumbersPage(
    String path,
    String titleKey,
    String descriptionKey,
    int order,
    Predicate<CurrentUser> shownTo) {}
