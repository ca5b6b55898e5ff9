package org.tsunagu.aid.internal.demo.city;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.tsunagu.aid.internal.ledger.AccountKind;
import org.tsunagu.aid.internal.ledger.Posting;
import org.tsunagu.platform.demo.CopyIn;
import org.tsunagu.platform.demo.IdBlock;

/** A programme's accounts as the city's journals use them, with the balance they add up to. */
final class CityLedger {
  private final CityProgramme p;
  private final IdBlock ids;
  private final Map<Posting.Key, long[]> accounts = new HashMap<>();

  CityLedger(Connection connection, CityProgramme p) throws SQLException {
    this.p = p;
    this.ids =
        IdBlock.reserve(
            connection,
            AidTable.ACCOUNT,
            p.supporterPersons.size() + p.recipientPersons.size() + 4);
  }

  /** The account's id, its balance moved by {@code amount}. */
  long post(Posting.Key key, long amount) {
    long[] a = accounts.computeIfAbsent(key, k -> new long[] {ids.next(), 0});
    a[1] += amount;
    return a[0];
  }

  void write(CopyIn copy) throws SQLException {
    copy.copy(
        "aid.account (id, programme_id, member_id, kind, unit, balance, debit_limit)",
        new ArrayList<>(accounts.entrySet()),
        (e, row) ->
            row.add(
                e.getValue()[0],
                p.id,
                e.getKey().memberId(),
                e.getKey().kind().name(),
                e.getKey().kind().unit(),
                e.getValue()[1],
                e.getKey().kind() == AccountKind.CREDIT_HOLDING ? 0 : null));
    ids.release();
  }
}
