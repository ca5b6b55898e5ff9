package org.tsunagu.aid.internal.demo.city;

import java.util.ArrayList;
import java.util.List;
import org.tsunagu.aid.internal.programme.FeeRules;

/**
 * One programme of the city-scale set while it is written: its organisation, rules, menu ids, and
 * the persons (indices in CityPersons) of its supporters and recipients with their member ids.
 */
final class CityProgramme {

  final long id;
  final long organizationId;
  final long staffId;
  final FeeRules fees;
  final long[] menu;
  final List<Integer> supporterPersons = new ArrayList<>();
  final List<Integer> recipientPersons = new ArrayList<>();
  long firstSupporter;
  long firstRecipient;

  CityProgramme(long id, long organizationId, long staffId, FeeRules fees, long[] menu) {
    this.id = id;
    this.organizationId = organizationId;
    this.staffId = staffId;
    this.fees = fees;
    this.menu = menu;
  }

  long supporter(int k) {
    return firstSupporter + k;
  }

  long recipient(int k) {
    return firstRecipient + k;
  }
}
