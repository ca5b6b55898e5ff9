package org.tsunagu.people.internal.person;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
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
import org.tsunagu.people.ConsentRequest;
import org.tsunagu.people.PeoplePermissions;
import org.tsunagu.people.internal.consent.Consents;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;
import org.tsunagu.platform.web.CreatedResponse;
import org.tsunagu.platform.web.DisplayFormats;
import org.tsunagu.platform.web.InputLimits;

@ApiController
@Tag(name = "Persons", description = "The registry of persons (住民)")
@WritePermission(PeoplePermissions.PERSON_WRITE)
class PersonApiController {

  private final PersonRegistry registry;
  private final PersonSearch search;
  private final Consents consents;
  private final MessageSource messages;

  PersonApiController(
      PersonRegistry registry, PersonSearch search, Consents consents, MessageSource messages) {
    this.registry = registry;
    this.search = search;
    this.consents = consents;
    this.messages = messages;
  }

  record PersonRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String familyName,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String givenName,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String familyKana,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String givenKana,
      String birthDate,
      @Schema(implementation = Sex.class) String sex,
      String postcode,
      String prefecture,
      String municipality,
      String addressLine,
      Long areaId,
      String phone,
      String householdReference,
      Boolean livingAlone,
      Boolean needsSupport,
      String notes,
      Boolean confirmNotDuplicate,
      Integer version) {
    PersonInput toInput() {
      return new PersonInput(
          familyName,
          givenName,
          familyKana,
          givenKana,
          birthDate,
          sex,
          postcode,
          prefecture,
          municipality,
          addressLine,
          areaId,
          null,
          phone,
          householdReference,
          Boolean.TRUE.equals(livingAlone),
          Boolean.TRUE.equals(needsSupport),
          notes);
    }
  }

  record PersonResponse(
      long id,
      String familyName,
      String givenName,
      String familyKana,
      String givenKana,
      LocalDate birthDate,
      Sex sex,
      String postcode,
      String prefecture,
      String municipality,
      String addressLine,
      Long areaId,
      String phone,
      String householdReference,
      boolean livingAlone,
      boolean needsSupport,
      String notes,
      int version,
      Instant updatedAt) {
    static PersonResponse of(PersonRecord p) {
      return new PersonResponse(
          p.id(),
          p.familyName(),
          p.givenName(),
          p.familyKana(),
          p.givenKana(),
          p.birthDate(),
          p.sex(),
          p.postcode(),
          p.prefecture(),
          p.municipality(),
          p.addressLine(),
          p.areaId(),
          p.phone(),
          p.householdReference(),
          p.livingAlone(),
          p.needsSupport(),
          p.notes(),
          p.version(),
          p.updatedAt());
    }
  }

  record SearchRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String query,
      @Min(0) @Max(InputLimits.MAX_PAGE) Integer page) {}

  record PageResponse<T>(
      List<T> items,
      int page,
      int size,
      boolean hasNext,
      @Schema(
              description =
                  "Matches in all, counted up to "
                      + PersonSearch.COUNT_LIMIT
                      + "; more when totalIsMinimum")
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
      throw new org.tsunagu.platform.web.FieldErrorsException(
          List.of(
              new org.tsunagu.platform.web.FieldErrorsException.FieldProblem(
                  "version", "validation.required")));
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

  @Operation(summary = "A person's consents (同意)")
  @GetMapping("/api/v1/persons/{id}/consents")
  List<ConsentResponse> consents(@PathVariable long id) {
    registry.open(CurrentUsers.require(), id);
    LocalDate today = LocalDate.now(DisplayFormats.TOKYO);
    return consents.forPerson(id).stream().map(c -> ConsentResponse.of(c, today)).toList();
  }

  @WritePermission(PeoplePermissions.CONSENT_RECORD)
  @Operation(summary = "Record a person's consent for a purpose and scope")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/v1/persons/{id}/consents")
  ResponseEntity<CreatedResponse> recordConsent(
      @PathVariable long id, @RequestBody ConsentRequest in) {
    long consentId = consents.record(CurrentUsers.require(), id, in);
    return ResponseEntity.status(201).body(new CreatedResponse(consentId));
  }

  record RevokeRequest(String reason) {}

  @WritePermission(PeoplePermissions.CONSENT_RECORD)
  @Operation(summary = "Revoke a consent, effective at once")
  @PostMapping("/api/v1/consents/{id}/revoke")
  ResponseEntity<Void> revoke(
      @PathVariable long id, @RequestBody(required = false) RevokeRequest r) {
    consents.revoke(CurrentUsers.require(), id, r == null ? null : r.reason());
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
