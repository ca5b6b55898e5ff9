package org.tsunagu.platform.demo;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Users;
import org.tsunagu.platform.time.TokyoClock;

/**
 * Acts as a demo login at a past moment: for the length of one callback the login is this thread's
 * signed-in user (as a request's would be, so the audit log names them) and the clock stands at
 * that moment. Before the callback returns or throws, both are as they were. One actor serves one
 * load: it remembers the logins it signed in, as they were when first asked for.
 */
public final class DemoActor {

  private final Users users;
  private final TokyoClock clock;
  private final Map<String, CurrentUser> signedIn = new HashMap<>();

  public DemoActor(Users users, TokyoClock clock) {
    this.users = users;
    this.clock = clock;
  }

  /** What {@code work} returns, done by {@code username} at {@code at}. */
  public <T> T at(Instant at, String username, Function<CurrentUser, T> work) {
    CurrentUser user = signedIn.computeIfAbsent(username, this::signIn);
    SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    SecurityContext before = holder.getContext();
    SecurityContext acting = holder.createEmptyContext();
    acting.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    holder.setContext(acting);
    try {
      return clock.callAt(at, () -> work.apply(user));
    } finally {
      if (before.getAuthentication() == null) {
        holder.clearContext();
      } else {
        holder.setContext(before);
      }
    }
  }

  public void act(Instant at, String username, Consumer<CurrentUser> work) {
    at(
        at,
        username,
        user -> {
          work.accept(user);
          return null;
        });
  }

  private CurrentUser signIn(String username) {
    CurrentUser user = users.loadUserByUsername(username);
    user.eraseCredentials();
    return user;
  }
}
