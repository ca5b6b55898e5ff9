package org.tsunagu.watch.internal.target;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.watch.internal.chain.EmailAddresses;
import org.tsunagu.watch.internal.target.TargetInput.ContactInput;
import org.tsunagu.watch.internal.target.TargetInput.ExpectedContactInput;
import org.tsunagu.watch.internal.target.TargetInput.WatcherInput;

/** Field checks of a target's contacts, watchers and expected contacts. */
@Component
class TargetInputCheck {

  static final Set<String> CONTACT_KINDS = Set.of("FAMILY", "KEY_HOLDER", "NEIGHBOUR", "OTHER");
  static final Set<String> WATCHER_KINDS =
      Set.of("NEIGHBOUR", "MINSEI", "DELIVERY", "FAMILY", "STAFF");
  static final Set<String> CONTACT_TYPES = Set.of("DELIVERY", "VISIT", "CALL", "SENSOR");

  private final JdbcClient jdbc;

  TargetInputCheck(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void texts(TargetInput in, Problems p) {
    max(p, "keyHolder", in.keyHolder(), 200);
    max(p, "doctor", in.doctor(), 200);
    max(p, "notes", in.notes(), 2000);
    max(p, "driverNotes", in.driverNotes(), 200);
  }

  void contacts(List<ContactInput> contacts, Problems p) {
    for (int i = 0; i < contacts.size(); i++) {
      String f = "contacts[" + i + "].";
      ContactInput c = contacts.get(i);
      if (c == null) {
        p.add("contacts[" + i + "]", "validation.required");
        continue;
      }
      if (c.kind() == null || !CONTACT_KINDS.contains(c.kind())) {
        p.add(f + "kind", "validation.required");
      }
      if (c.name() == null || c.name().isBlank()) {
        p.add(f + "name", "validation.required");
      }
      max(p, f + "name", c.name(), 100);
      max(p, f + "relation", c.relation(), 50);
      max(p, f + "phone", c.phone(), 30);
      if (c.email() != null && !c.email().isBlank() && !EmailAddresses.valid(c.email().strip())) {
        p.add(f + "email", "watch.validation.email");
      }
      if (Boolean.TRUE.equals(c.dailyUpdates()) && (c.email() == null || c.email().isBlank())) {
        p.add(f + "email", "watch.target.validation.updatesNeedEmail");
      }
    }
  }

  Set<Long> watchers(List<WatcherInput> watchers, Problems p) {
    Set<Long> ids = new HashSet<>();
    for (int i = 0; i < watchers.size(); i++) {
      String f = "watchers[" + i + "].";
      WatcherInput w = watchers.get(i);
      if (w == null || w.userId() == null || !enabledUser(w.userId())) {
        p.add(f + "userId", "watch.chain.validation.user");
      } else if (!ids.add(w.userId())) {
        p.add(f + "userId", "watch.target.validation.watcherTwice");
      }
      if (w != null && (w.kind() == null || !WATCHER_KINDS.contains(w.kind()))) {
        p.add(f + "kind", "validation.required");
      }
    }
    return ids;
  }

  List<Schedule> expected(List<ExpectedContactInput> list, Set<Long> watcherIds, Problems p) {
    return java.util.stream.IntStream.range(0, list.size())
        .mapToObj(i -> expectedOne(list.get(i), "expectedContacts[" + i + "].", watcherIds, p))
        .toList();
  }

  private Schedule expectedOne(ExpectedContactInput e, String f, Set<Long> watcherIds, Problems p) {
    if (e == null) {
      p.add(f + "kind", "validation.required");
      return null;
    }
    if (e.kind() == null || !CONTACT_TYPES.contains(e.kind())) {
      p.add(f + "kind", "validation.required");
    }
    if (e.weekday() != null && (e.weekday() < 1 || e.weekday() > 7)) {
      p.add(f + "weekday", "watch.target.validation.weekday");
    }
    if (e.graceMinutes() == null || e.graceMinutes() < 0 || e.graceMinutes() > 1440) {
      p.add(f + "graceMinutes", "watch.target.validation.grace");
    }
    if (e.userId() != null && !watcherIds.contains(e.userId())) {
      p.add(f + "userId", "watch.target.validation.contactByWatcher");
    }
    LocalTime time = null;
    try {
      time = e.time() == null ? null : LocalTime.parse(e.time().strip());
    } catch (DateTimeParseException ex) {
      // reported below
    }
    if (time == null) {
      p.add(f + "time", "watch.validation.time");
      return null;
    }
    return e.graceMinutes() == null ? null : new Schedule(e.weekday(), time, e.graceMinutes());
  }

  private boolean enabledUser(long id) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM platform.user_directory WHERE id = ? AND enabled)")
        .param(id)
        .query(Boolean.class)
        .single();
  }

  static void max(Problems p, String field, String value, int max) {
    if (value != null && value.length() > max) {
      p.add(field, "validation.tooLong", max);
    }
  }
}
