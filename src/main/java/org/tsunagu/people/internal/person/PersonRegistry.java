package org.tsunagu.people.internal.person;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.PeoplePermissions;
import org.tsunagu.people.PersonsMerged;
import org.tsunagu.people.RelationshipKind;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.UserFacingException;

/** Use cases on persons: register, open, change, merge. Each writes its audit entry. */
@Service
public class PersonRegistry {

  private final Persons persons;
  private final PersonRules rules;
  private final DuplicateCheck duplicates;
  private final PeopleApi people;
  private final AuditLog audit;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final MergedReferences references;

  PersonRegistry(
      Persons persons,
      PersonRules rules,
      DuplicateCheck duplicates,
      PeopleApi people,
      AuditLog audit,
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      MergedReferences references) {
    this.persons = persons;
    this.rules = rules;
    this.duplicates = duplicates;
    this.people = people;
    this.audit = audit;
    this.jdbc = jdbc;
    this.events = events;
    this.references = references;
  }

  /**
   * Registers a person for the user's organisation. Unless confirmed, a possible duplicate stops
   * the registration and is reported (without details when the user may not see it).
   */
  @Transactional
  public long register(CurrentUser user, PersonInput input, boolean confirmedNotDuplicate) {
    require(user, PeoplePermissions.PERSON_WRITE);
    ValidPerson v = rules.validate(input);
    List<DuplicateCheck.Match> matches = duplicates.matches(user, v, null);
    if (!matches.isEmpty() && !confirmedNotDuplicate) {
      throw new PossibleDuplicateException(matches);
    }
    long id =
        persons.insert(
            v, persons.household(v.householdReference()), user.organizationId(), user.id());
    people.recordRelationship(id, user.organizationId(), RelationshipKind.REGISTERED, null);
    if (!matches.isEmpty()) {
      duplicates.recordCandidates(id, v);
    }
    audit.record(AuditAction.CREATE, "person", id, null);
    return id;
  }

  /** Opens a person's record: visible only on a relationship or basis; the read is audited. */
  @Transactional
  public PersonRecord open(CurrentUser user, long id) {
    require(user, PeoplePermissions.PERSON_READ);
    PersonRecord p = persons.find(id).orElseThrow(NotFoundException::new);
    if (p.mergedInto() != null) {
      throw new MergedException(people.currentId(id));
    }
    if (!people.maySee(user, id, null)) {
      audit.recordRefused("person", id);
      throw new NotFoundException();
    }
    audit.record(AuditAction.READ, "person", id, null);
    return p;
  }

  @Transactional
  public void update(CurrentUser user, long id, int expectedVersion, PersonInput input) {
    require(user, PeoplePermissions.PERSON_WRITE);
    if (!people.maySee(user, id, null)) {
      throw new NotFoundException();
    }
    ValidPerson v = rules.validate(input);
    if (!persons.update(
        id, expectedVersion, v, persons.household(v.householdReference()), user.id())) {
      throw new OptimisticLockingFailureException("person changed");
    }
    audit.record(AuditAction.UPDATE, "person", id, null);
  }

  /**
   * Merges two records of the same person: every reference moves to the survivor, empty fields are
   * filled from the other record, which is kept as merged (never deleted). Other modules move their
   * own references in this transaction, on {@link PersonsMerged}.
   */
  @Transactional
  public void merge(CurrentUser user, long survivorId, long mergedId) {
    require(user, PeoplePermissions.PERSON_MERGE);
    if (survivorId == mergedId) {
      throw new UserFacingException("person.merge.same", 400);
    }
    // Lock in id order so two merges of overlapping pairs cannot deadlock.
    long first = Math.min(survivorId, mergedId);
    long second = Math.max(survivorId, mergedId);
    PersonRecord a = persons.findForUpdate(first).orElseThrow(NotFoundException::new);
    PersonRecord b = persons.findForUpdate(second).orElseThrow(NotFoundException::new);
    if (!people.maySee(user, survivorId, null) || !people.maySee(user, mergedId, null)) {
      throw new NotFoundException();
    }
    if (a.mergedInto() != null || b.mergedInto() != null) {
      throw new UserFacingException("person.merge.alreadyMerged", 409);
    }
    jdbc.sql(
            "UPDATE people.person s SET birth_date = coalesce(s.birth_date, m.birth_date),"
                + " postcode = coalesce(s.postcode, m.postcode), prefecture ="
                + " coalesce(s.prefecture, m.prefecture), municipality = coalesce(s.municipality,"
                + " m.municipality), address_line = coalesce(s.address_line, m.address_line),"
                + " area_id = coalesce(s.area_id, m.area_id), phone = coalesce(s.phone, m.phone),"
                + " household_id = coalesce(s.household_id, m.household_id), living_alone ="
                + " s.living_alone OR m.living_alone, needs_support = s.needs_support OR"
                + " m.needs_support, notes = coalesce(s.notes, m.notes), version = s.version + 1,"
                + " updated_at = now(), updated_by = :user FROM people.person m WHERE s.id ="
                + " :survivor AND m.id = :merged")
        .param("user", user.id())
        .param("survivor", survivorId)
        .param("merged", mergedId)
        .update();
    references.move(survivorId, mergedId, user.id());
    jdbc.sql(
            "UPDATE people.person SET merged_into = ?, merged_at = now(), version = version + 1,"
                + " updated_at = now(), updated_by = ? WHERE id = ?")
        .params(survivorId, user.id(), mergedId)
        .update();
    audit.record(AuditAction.MERGE, "person", survivorId, "merged=" + mergedId);
    events.publishEvent(new PersonsMerged(survivorId, mergedId));
  }

  @Transactional
  public void dismissDuplicate(CurrentUser user, long candidateId) {
    require(user, PeoplePermissions.PERSON_MERGE);
    int n =
        jdbc.sql(
                "UPDATE people.duplicate_candidate SET status = 'DISMISSED', resolved_at = now(),"
                    + " resolved_by = ? WHERE id = ? AND status = 'OPEN'")
            .params(user.id(), candidateId)
            .update();
    if (n == 0) {
      throw new NotFoundException();
    }
    audit.record(AuditAction.UPDATE, "duplicate_candidate", candidateId, "dismissed");
  }

  public List<PersonRecord> household(CurrentUser user, PersonRecord p) {
    if (p.householdId() == null) {
      return List.of();
    }
    return persons.householdMembers(p.householdId(), user.organizationId()).stream()
        .filter(m -> m.id() != p.id())
        .toList();
  }

  static void require(CurrentUser user, String permission) {
    if (!user.may(permission)) {
      throw new org.springframework.security.access.AccessDeniedException(permission);
    }
  }

  /** The record was merged; callers redirect to the survivor. */
  public static class MergedException extends RuntimeException {
    private final long survivorId;

    MergedException(long survivorId) {
      super("merged");
      this.survivorId = survivorId;
    }

    public long survivorId() {
      return survivorId;
    }
  }
}
