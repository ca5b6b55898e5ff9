package org.tsunagu.aid.internal.ledger;

/**
 * The ledger's accounts, debit positive: what a recipient owes (RECIPIENT), what a supporter is
 * owed (SUPPORTER, a credit balance), the programme's share (ORGANIZATION), money in hand (CASH);
 * in minutes, what a member holds (CREDIT_HOLDING, a credit balance), what the programme has issued
 * (CREDIT_ISSUED), and what members gave the programme when they left (CREDIT_POOL).
 */
public enum AccountKind {
  RECIPIENT(true, false),
  SUPPORTER(true, false),
  ORGANIZATION(false, false),
  CASH(false, false),
  CREDIT_HOLDING(true, true),
  CREDIT_ISSUED(false, true),
  CREDIT_POOL(false, true);

  private final boolean perMember;
  private final boolean minutes;

  AccountKind(boolean perMember, boolean minutes) {
    this.perMember = perMember;
    this.minutes = minutes;
  }

  public boolean perMember() {
    return perMember;
  }

  public String unit() {
    return minutes ? "MINUTE" : "YEN";
  }
}
