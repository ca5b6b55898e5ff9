package org.tsunagu.platform.security;

import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without a lock anyone else can trigger: failed sign-ins are counted
 * per (login name, client address) and per client address, never per account alone, so wrong
 * passwords sent from one place never stop the account's owner signing in from another. A refused
 * attempt is answered the same whether or not the login name exists.
 */
@Component
class LoginThrottle {

  private static final int MAX_NAME_LENGTH = 100;

  private final Buckets perNameAndAddress;
  private final Buckets perAddress;

  LoginThrottle(
      @Value("${tsunagu.login.failures-per-name-and-address:5}") long perNameAndAddress,
      @Value("${tsunagu.login.failures-per-address:30}") long perAddress,
      @Value("${tsunagu.login.failure-window:PT15M}") Duration window) {
    this.perNameAndAddress = new Buckets(perNameAndAddress, window);
    this.perAddress = new Buckets(perAddress, window);
  }

  /** Whether a sign-in from this address for this name may be tried now. */
  boolean allows(String username, String address) {
    return perAddress.hasToken(address) && perNameAndAddress.hasToken(key(username, address));
  }

  void recordFailure(String username, String address) {
    perAddress.of(address).tryConsume(1);
    perNameAndAddress.of(key(username, address)).tryConsume(1);
  }

  private static String key(String username, String address) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    if (name.length() > MAX_NAME_LENGTH) {
      name = name.substring(0, MAX_NAME_LENGTH);
    }
    return address + '\n' + name;
  }
}
