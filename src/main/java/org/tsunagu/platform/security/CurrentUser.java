package org.tsunagu.platform.security;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user: who they are, their organisation and role, their display preferences. */
public final class CurrentUser implements UserDetails, CredentialsContainer {

  @Serial private static final long serialVersionUID = 2L;

  private final long id;
  private final String username;
  private final String displayName;
  private final long organizationId;
  private final Role role;
  private final Set<String> permissions;
  private final String locale;
  private final TextSize textSize;
  private final DateStyle dateStyle;
  private final boolean enabled;
  private String passwordHash;

  public CurrentUser(
      long id,
      String username,
      String displayName,
      long organizationId,
      Role role,
      Set<String> permissions,
      String locale,
      TextSize textSize,
      DateStyle dateStyle,
      boolean enabled,
      String passwordHash) {
    this.id = id;
    this.username = username;
    this.displayName = displayName;
    this.organizationId = organizationId;
    this.role = role;
    this.permissions = Set.copyOf(permissions);
    this.locale = locale;
    this.textSize = textSize;
    this.dateStyle = dateStyle;
    this.enabled = enabled;
    this.passwordHash = passwordHash;
  }

  public long id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  public long organizationId() {
    return organizationId;
  }

  public Role role() {
    return role;
  }

  public Locale locale() {
    return Locale.forLanguageTag(locale);
  }

  public TextSize textSize() {
    return textSize;
  }

  public DateStyle dateStyle() {
    return dateStyle;
  }

  /** Whether the user's role holds the permission (a name some module declared). */
  public boolean may(String permission) {
    return permissions.contains(permission);
  }

  /** Refuses (403) a user whose role does not hold the permission. */
  public void require(String permission) {
    if (!may(permission)) {
      throw new AccessDeniedException(permission);
    }
  }

  public Set<String> permissions() {
    return permissions;
  }

  public CurrentUser withPreferences(String newLocale, TextSize newSize, DateStyle newStyle) {
    return new CurrentUser(
        id,
        username,
        displayName,
        organizationId,
        role,
        permissions,
        newLocale,
        newSize,
        newStyle,
        enabled,
        null);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<GrantedAuthority> authorities = new ArrayList<>();
    authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
    permissions.forEach(p -> authorities.add(new SimpleGrantedAuthority(p)));
    return authorities;
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }
}
