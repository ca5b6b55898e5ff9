package org.tsunagu.platform.web;

/** What an API creation answers, next to its Location header: the new record's id. */
public record CreatedResponse(long id) {}
