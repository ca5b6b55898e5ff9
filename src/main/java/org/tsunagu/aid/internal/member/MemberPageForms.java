package org.tsunagu.aid.internal.member;

import org.tsunagu.aid.internal.AidForms;

/** The member page's small forms as typed: ids and numbers stay text until checked. */
final class MemberPageForms {

  private MemberPageForms() {}

  /** A recipient's wish about a supporter: PREFERRED or EXCLUDED, with a short note. */
  record WishForm(String supporterId, String kind, String note) {

    static WishForm blank() {
      return new WishForm(null, "PREFERRED", null);
    }

    Long supporter() {
      return AidForms.id(supporterId);
    }
  }

  /** Banked minutes given by the page's member to another active member. */
  record GiftForm(String toMemberId, String minutes, String memo) {

    static GiftForm blank() {
      return new GiftForm(null, null, null);
    }
  }

  /** LEFT (退会) or DIED, the day, and who receives the minutes where the rule says FAMILY. */
  record LeaveForm(String reason, String leftOn, String heirMemberId) {

    static LeaveForm blank() {
      return new LeaveForm("LEFT", null, null);
    }

    Long heir() {
      return AidForms.id(heirMemberId);
    }
  }
}
