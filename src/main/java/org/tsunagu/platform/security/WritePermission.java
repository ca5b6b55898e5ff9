package org.tsunagu.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a write (a POST, PUT, PATCH or DELETE handler) needs of the user's role: any of the
 * permissions, or only to be signed in. Put on a controller it holds for each of its writes; on a
 * handler method it replaces the controller's. A write without one is refused (fail closed), and
 * {@code WriteEndpointWalkTest} walks every write for every role. It is checked before the request
 * body is read, so a role that may not write never reaches validation. Reads are governed by the
 * visibility rule and the services.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WritePermission {

  /**
   * The permissions of which the user's role needs at least one: names declared by a module's
   * {@link ModulePermissions} (use its constants, e.g. {@code PeoplePermissions.PERSON_WRITE}).
   */
  String[] value() default {};

  /** Every signed-in user may (their own settings, password, tokens). */
  boolean anySignedInUser() default false;

  /**
   * Anyone holding the link, signed in or not: a secret in the path authorises the write, which the
   * handler checks (a confirmation link sent to a family member). Only for {@code PublicPaths}.
   */
  boolean linkHolder() default false;
}
