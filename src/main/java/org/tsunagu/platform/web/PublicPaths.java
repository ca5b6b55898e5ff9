package org.tsunagu.platform.web;

import java.util.List;

/**
 * Pages a module serves to people without an account, authorised by a secret in the link itself (a
 * confirmation link in a message to a family member). Each is a path pattern outside {@code /api/};
 * the security configuration lets anyone reach them, and their writes declare {@code
 * WritePermission(linkHolder = true)}. The page must check the secret and answer 404 for a wrong
 * one.
 */
public interface PublicPaths {

  List<String> publicPaths();
}
