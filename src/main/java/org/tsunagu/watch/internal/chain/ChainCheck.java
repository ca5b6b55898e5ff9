package org.tsunagu.watch.internal.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.web.Problems;

/**
 * Checks a chain when it is saved, so that none can dead-end: every step names someone who exists,
 * a channel a notifier serves and an address it can reach; at least one step is reached at any hour
 * (a desk is reached only in its office hours, and nights and holidays must reach someone). A chain
 * that fails is refused with the reason per step, never saved in part.
 */
@Component
public class ChainCheck {

  public static final int MAX_STEPS = 10;

  private final JdbcClient jdbc;
  private final PeopleApi people;
  private final Notifiers notifiers;

  ChainCheck(JdbcClient jdbc, PeopleApi people, Notifiers notifiers) {
    this.jdbc = jdbc;
    this.people = people;
    this.notifiers = notifiers;
  }

  /** The checked steps, numbered from 1, or the problems added under {@code steps[i].field}. */
  public List<ChainStep> check(List<StepInput> steps, ChainOwner owner, Problems p) {
    List<ChainStep> checked = new ArrayList<>();
    if (steps == null || steps.isEmpty()) {
      p.add("steps", "watch.chain.validation.empty");
      return checked;
    }
    if (steps.size() > MAX_STEPS) {
      p.add("steps", "watch.chain.validation.tooMany", MAX_STEPS);
      return checked;
    }
    for (int i = 0; i < steps.size(); i++) {
      String f = "steps[" + i + "].";
      StepInput s = steps.get(i);
      if (s == null) {
        p.add("steps[" + i + "]", "validation.required");
        continue;
      }
      step(i + 1, s, owner, f, p).ifPresent(checked::add);
    }
    if (p.isEmpty() && checked.stream().allMatch(ChainStep::officeHoursOnly)) {
      p.add("steps", "watch.chain.validation.noAllHours");
    }
    return checked;
  }

  private Optional<ChainStep> step(
      int position, StepInput s, ChainOwner owner, String f, Problems p) {
    ReceiverKind kind = parse(s.receiverKind());
    if (kind == null) {
      p.add(f + "receiverKind", "validation.required");
      return Optional.empty();
    }
    String name = null;
    String defaultAddress = null;
    Long org = null;
    switch (kind) {
      case DESK -> {
        if (owner.desk() == null) {
          p.add(f + "receiverKind", "watch.chain.validation.noDesk");
        } else {
          name = owner.desk().name();
          defaultAddress = owner.desk().email();
          org = owner.desk().organizationId();
        }
      }
      case ORGANIZATION -> {
        org = s.organizationId();
        name = org == null ? null : people.organization(org).map(o -> o.name()).orElse(null);
        if (name == null) {
          p.add(f + "organizationId", "watch.chain.validation.organization");
        }
      }
      case USER -> {
        name = s.userId() == null ? null : enabledUserName(s.userId());
        if (name == null) {
          p.add(f + "userId", "watch.chain.validation.user");
        }
      }
      case CONTACT -> {
        ChainOwner.Contact c = s.contactId() == null ? null : owner.contacts().get(s.contactId());
        if (c == null) {
          p.add(f + "contactId", "watch.chain.validation.contact");
        } else {
          name = c.name();
          defaultAddress = c.email();
        }
      }
    }
    String channel = blank(s.channel()) ? Notifiers.DEFAULT_CHANNEL : s.channel().strip();
    String address = blank(s.address()) ? defaultAddress : s.address().strip();
    var notifier = notifiers.forChannel(channel);
    if (notifier.isEmpty()) {
      p.add(f + "channel", "watch.chain.validation.channel");
    } else if (name != null && (address == null || !notifier.get().accepts(address))) {
      p.add(f + "address", "watch.chain.validation.unreachable", name);
    }
    if (s.ackMinutes() == null || s.ackMinutes() < 1 || s.ackMinutes() > 1440) {
      p.add(f + "ackMinutes", "watch.chain.validation.ackMinutes");
    }
    if (name == null || !p.isEmpty()) {
      return Optional.empty();
    }
    boolean officeHours = kind == ReceiverKind.DESK || Boolean.TRUE.equals(s.officeHoursOnly());
    return Optional.of(
        new ChainStep(
            position,
            kind,
            org,
            kind == ReceiverKind.USER ? s.userId() : null,
            kind == ReceiverKind.CONTACT ? s.contactId() : null,
            name,
            channel,
            address,
            s.ackMinutes(),
            officeHours));
  }

  private String enabledUserName(long userId) {
    return jdbc.sql("SELECT display_name FROM platform.user_directory WHERE id = ? AND enabled")
        .param(userId)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private static ReceiverKind parse(String kind) {
    try {
      return kind == null ? null : ReceiverKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
