package org.tsunagu.watch.internal.target;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tsunagu.watch.internal.agreement.Agreement;
import org.tsunagu.watch.internal.chain.ChainOwner;
import org.tsunagu.watch.internal.chain.ChainStep;
import org.tsunagu.watch.internal.target.TargetInput.ContactInput;

/**
 * At registration the contacts have no ids yet, so a chain step names one by its number in the
 * request (1 for the first); checked against those, then given the ids they were stored under.
 */
final class NumberedContacts {

  private NumberedContacts() {}

  static ChainOwner owner(Optional<Agreement> agreement, List<ContactInput> contacts) {
    Map<Long, ChainOwner.Contact> byNumber = new HashMap<>();
    for (int i = 0; i < contacts.size(); i++) {
      ContactInput c = contacts.get(i);
      if (c != null) {
        byNumber.put((long) i + 1, new ChainOwner.Contact(c.name(), c.email()));
      }
    }
    ChainOwner.Desk desk =
        agreement
            .map(a -> new ChainOwner.Desk(a.municipalityId(), a.deskName(), a.deskEmail()))
            .orElse(null);
    return new ChainOwner(desk, byNumber);
  }

  static List<ChainStep> withIds(List<ChainStep> steps, List<Long> contactIds) {
    List<ChainStep> out = new ArrayList<>();
    for (ChainStep s : steps) {
      Long contact = s.contactId() == null ? null : contactIds.get(s.contactId().intValue() - 1);
      out.add(
          new ChainStep(
              s.position(),
              s.receiverKind(),
              s.organizationId(),
              s.userId(),
              contact,
              s.receiverName(),
              s.channel(),
              s.address(),
              s.ackMinutes(),
              s.officeHoursOnly()));
    }
    return out;
  }
}
