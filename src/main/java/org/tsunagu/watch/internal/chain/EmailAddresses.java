package org.tsunagu.watch.internal.chain;

import java.util.regex.Pattern;

/**
 * What watch-over takes for an e-mail address: one @, a dot in the domain, no spaces, 254 at most.
 */
public final class EmailAddresses {

  private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private EmailAddresses() {}

  public static boolean valid(String address) {
    return address != null && address.length() <= 254 && ADDRESS.matcher(address).matches();
  }
}
