package org.tsunagu.people.internal.person;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tsunagu.people.PeoplePermissions;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;
import org.tsunagu.platform.web.CreatedResponse;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.InputLimits;

@ApiController
@Tag(name = "Persons", description = "The registry of persons (住民)")
@WritePermission(PeoplePermissions.PERSON_WRITE)
class PersonApiController {

  private final PersonRegistry registry;
  private final PersonSearch search;
  private final MessageSource messages;

  PersonApiController(PersonRegistry registry, PersonSearch search, MessageSource messages) {
    this.registry = registry;
    this.search = search;
    this.messages = messages;
  }

  record SearchRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String query,
      @Min(0) @Max(InputLimits.MAX_PAGE) Integer page) {}

  record MergeRequest(@NotNull Long survivorId, @NotNull Long mergedId) {}

  @GetMapping("/api/v1/persons")
  @Operation(summary = "Visible persons in kana order, paged")
  PageResponse<PersonHitResponse> list(
      @RequestParam(defaultValue = "0") @Min(0) @Max(InputLimits.MAX_PAGE) int page) {
    CurrentUser user = CurrentUsers.require();
    PersonRegistry.require(user, PeoplePermissions.PERSON_READ);
    return PageResponse.of(search.list(user, page));
  }

  @WritePermission(PeoplePermissions.PERSON_READ)
  @PostMapping("/api/v1/persons/search")
  @Operation(
      summary =
          "Name search (kana in any script or width, variant kanji, long vowels, ヴ and small kana"
              + " folded, romaji, partial names); ranked exact, prefix, contains, similar, then"
              + " by key and id; POST keeps names out of URLs")
  PageResponse<PersonHitResponse> search(@RequestBody SearchRequest request) {
    CurrentUser user = CurrentUsers.require();
    PersonRegistry.require(user, PeoplePermissions.PERSON_READ);
    String q = request.query() == null ? "" : request.query();
    if (q.length() > 100) {
      q = q.substring(0, 100);
    }
    int page = request.page() == null ? 0 : request.page();
    return PageResponse.of(search.search(user, q, page));
  }

  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/v1/persons")
  @Operation(
      summary = "Register a person; 409 with the possible duplicates unless confirmNotDuplicate")
  ResponseEntity<CreatedResponse> create(@RequestBody PersonRequest request) {
    long id =
        registry.register(
            CurrentUsers.require(),
            request.toInput(),
            Boolean.TRUE.equals(request.confirmNotDuplicate()));
    return ResponseEntity.created(URI.create("/api/v1/persons/" + id))
        .body(new CreatedResponse(id));
  }

  @GetMapping("/api/v1/persons/{id}")
  @Operation(summary = "A person the caller may see (audited); 404 otherwise")
  ResponseEntity<PersonResponse> get(@PathVariable long id) {
    try {
      return ResponseEntity.ok(PersonResponse.of(registry.open(CurrentUsers.require(), id)));
    } catch (PersonRegistry.MergedException e) {
      return ResponseEntity.status(301)
          .location(URI.create("/api/v1/persons/" + e.survivorId()))
          .build();
    }
  }

  @PutMapping("/api/v1/persons/{id}")
  @Operation(summary = "Change a person; version must match the one read (409 otherwise)")
  PersonResponse update(@PathVariable long id, @RequestBody PersonRequest request) {
    if (request.version() == null) {
      throw new FieldErrorsException(
          List.of(new FieldErrorsException.FieldProblem("version", "validation.required")));
    }
    CurrentUser user = CurrentUsers.require();
    registry.update(user, id, request.version(), request.toInput());
    return PersonResponse.of(registry.open(user, id));
  }

  @WritePermission(PeoplePermissions.PERSON_MERGE)
  @PostMapping("/api/v1/persons/merge")
  @Operation(summary = "Merge two records of the same person, keeping every reference")
  ResponseEntity<Void> merge(@RequestBody MergeRequest request) {
    registry.merge(CurrentUsers.require(), request.survivorId(), request.mergedId());
    return ResponseEntity.noContent().build();
  }

  record DuplicateMatch(
      Long personId,
      String name,
      String kana,
      boolean visible,
      String organizationName,
      String message) {}

  @ExceptionHandler(PossibleDuplicateException.class)
  ResponseEntity<ProblemDetail> duplicate(PossibleDuplicateException e, Locale locale) {
    ProblemDetail p = ProblemDetail.forStatus(409);
    p.setTitle(messages.getMessage("person.duplicate.possible", null, locale));
    p.setProperty(
        "matches",
        e.matches().stream()
            .map(
                m ->
                    new DuplicateMatch(
                        m.personId(),
                        m.name(),
                        m.kana(),
                        m.visible(),
                        m.organizationName(),
                        m.visible()
                            ? null
                            : messages.getMessage(
                                "person.duplicate.hidden",
                                new Object[] {m.organizationName()},
                                locale)))
            .toList());
    return ResponseEntity.status(409).body(p);
  }
}
