package org.tsunagu.platform.worklist;

/**
 * One thing that needs the user today, contributed by a module. The title is a message key with
 * arguments that must not identify a person unless the user may see them.
 */
public record WorkItem(
    Urgency urgency, String categoryKey, String titleKey, Object[] titleArgs, String href) {

  public enum Urgency {
    OVERDUE,
    TODAY,
    SOON,
    INFO
  }
}
