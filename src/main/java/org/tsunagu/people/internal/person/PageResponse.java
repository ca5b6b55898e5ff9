package org.tsunagu.people.internal.person;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of the registry's persons, listed or found, with how many match in all. */
record PageResponse<T>(
    List<T> items,
    int page,
    int size,
    boolean hasNext,
    @Schema(
            description =
                "Matches in all, counted up to "
                    + PersonSearch.COUNT_LIMIT
                    + "; more when totalIsMinimum. Similar-name suggestions (nothing matched as"
                    + " typed) are counted only as far as the page: a full page is a minimum.")
        int total,
    boolean totalIsMinimum) {
  static PageResponse<PersonHitResponse> of(PersonSearch.Page p) {
    return new PageResponse<>(
        p.hits().stream().map(PersonHitResponse::of).toList(),
        p.page(),
        PersonSearch.PAGE_SIZE,
        p.hasNext(),
        p.total(),
        p.totalIsMinimum());
  }
}
