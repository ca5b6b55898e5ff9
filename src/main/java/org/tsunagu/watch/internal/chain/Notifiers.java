package org.tsunagu.watch.internal.chain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tsunagu.watch.Notifier;

/** Every notifier the application has, by channel. */
@Component
public class Notifiers {

  /** The channel used when a step names none. */
  public static final String DEFAULT_CHANNEL = "email";

  private final Map<String, Notifier> byChannel;

  Notifiers(List<Notifier> notifiers) {
    this.byChannel =
        notifiers.stream().collect(Collectors.toMap(Notifier::channel, Function.identity()));
  }

  public Optional<Notifier> forChannel(String channel) {
    return Optional.ofNullable(byChannel.get(channel));
  }
}
