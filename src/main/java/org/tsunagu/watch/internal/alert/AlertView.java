package org.tsunagu.watch.internal.alert;

import java.util.List;
import org.tsunagu.watch.internal.WatchPersons.PersonLine;
import org.tsunagu.watch.internal.alert.AlertQueries.Alert;
import org.tsunagu.watch.internal.alert.AlertQueries.Event;
import org.tsunagu.watch.internal.alert.AlertQueries.Message;
import org.tsunagu.watch.internal.target.TargetDetails;

/** One alert as its page and the API show it. */
public record AlertView(
    Alert alert,
    AlertReport report,
    PersonLine person,
    TargetDetails target,
    List<AlertStep> steps,
    List<Event> events,
    List<Message> messages) {

  public boolean open() {
    return "OPEN".equals(alert.status());
  }

  public boolean closed() {
    return "CLOSED".equals(alert.status());
  }
}
