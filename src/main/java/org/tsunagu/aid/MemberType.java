package org.tsunagu.aid;

/** A membership's kind: 協力会員・応援者, 利用会員, 賛助会員. */
public enum MemberType {
  SUPPORTER,
  RECIPIENT,
  SPONSOR
}
