package org.tsunagu.people;

/** A legal basis for seeing a person without a relationship or consent. */
public enum BasisKind {
  /** 支援会議 under 社会福祉法 第106条の6: members share without consent, bound to secrecy. */
  SUPPORT_MEETING,
  /** Life or safety at risk. */
  EMERGENCY,
  /** A declared disaster (災害対策基本法). */
  DISASTER
}
