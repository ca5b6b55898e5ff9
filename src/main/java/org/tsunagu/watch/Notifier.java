package org.tsunagu.watch;

/**
 * A way to reach someone outside the platform: e-mail is built in; LINE WORKS, LINE or an SMS
 * provider plug in as a bean of this type with a channel name of their own. A chain step names a
 * channel and an address; the chain is refused when no notifier serves the channel or the address
 * is not one it can reach.
 */
public interface Notifier {

  /** The channel's name as chain steps store it, e.g. {@code email}. */
  String channel();

  /** Whether the address is one this channel can deliver to (syntax only, nothing is sent). */
  boolean accepts(String address);

  /**
   * Sends one message. {@code dedupeKey} is the same on every attempt for one message, so a
   * receiver that sees it twice (a retry after a crash) can show it once.
   *
   * @return true when this channel only keeps the message (the demo mailbox), false when it went
   *     out
   * @throws Exception when the message could not be handed over; it is tried again later
   */
  boolean send(String address, String subject, String body, String dedupeKey) throws Exception;
}
