package org.tsunagu.watch.internal.chain;

/** Who a chain step tells. */
public enum ReceiverKind {
  /** The agreement's desk at the municipality, in its office hours. */
  DESK,
  /** Any staff member of an organisation (a 地域包括支援センター, the co-op office). */
  ORGANIZATION,
  /** One named user (a 民生委員, a coordinator). */
  USER,
  /** One of the target's contacts outside the platform (the key holder, family). */
  CONTACT
}
