package org.tsunagu.consultation.internal.casework;

import java.util.Set;

/** Kinds of timeline entry (支援経過記録). The first four are contacts with the person. */
public enum EntryKind {
  CONTACT,
  VISIT,
  CALL,
  OUTREACH,
  DECISION,
  NOTE,
  INTAKE,
  REFERRAL,
  CONFERENCE,
  PLAN,
  STATUS;

  public static final Set<EntryKind> CONTACTS = Set.of(CONTACT, VISIT, CALL, OUTREACH);

  /** What a worker may write by hand; the rest are written by the system. */
  public static final Set<EntryKind> MANUAL =
      Set.of(CONTACT, VISIT, CALL, OUTREACH, DECISION, NOTE);
}
