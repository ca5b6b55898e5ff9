package org.tsunagu.aid.internal.ledger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ledger's accounts: found by their owner, opened on their first posting. */
@Component
class LedgerAccounts {

  private final JdbcClient jdbc;

  LedgerAccounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The account's id, opened on its first posting. */
  long account(long programmeId, Long memberId, AccountKind kind) {
    Long id = accountId(programmeId, memberId, kind);
    if (id != null) {
      return id;
    }
    Long limit = null;
    if (kind == AccountKind.CREDIT_HOLDING) {
      limit =
          jdbc.sql("SELECT credit_overdraft_minutes::bigint FROM aid.programme WHERE id = ?")
              .param(programmeId)
              .query(Long.class)
              .single();
    }
    jdbc.sql(
            "INSERT INTO aid.account (programme_id, member_id, kind, unit, debit_limit) VALUES (?,"
                + " ?, ?, ?, ?) ON CONFLICT (programme_id, member_id, kind) DO NOTHING")
        .params(programmeId, memberId, kind.name(), kind.unit(), limit)
        .update();
    return accountId(programmeId, memberId, kind);
  }

  private Long accountId(long programmeId, Long memberId, AccountKind kind) {
    return jdbc.sql("SELECT id FROM aid.account WHERE " + owner(memberId))
        .params(owner(programmeId, memberId, kind))
        .query(Long.class)
        .optional()
        .orElse(null);
  }

  /**
   * The account of a programme, member (or none) and kind, written so that the unique index finds
   * it: {@code IS NOT DISTINCT FROM} would not use it.
   */
  static String owner(Long memberId) {
    return memberId == null
        ? "programme_id = ? AND member_id IS NULL AND kind = ?"
        : "programme_id = ? AND member_id = ? AND kind = ?";
  }

  static Object[] owner(long programmeId, Long memberId, AccountKind kind) {
    return memberId == null
        ? new Object[] {programmeId, kind.name()}
        : new Object[] {programmeId, memberId, kind.name()};
  }
}
